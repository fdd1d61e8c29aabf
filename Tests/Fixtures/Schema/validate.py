"""Validates YAML or JSON files against a JSON Schema, as an editor's YAML
language server would read them (YAML 1.2: `on`, `no` and `2017-07-01` are
text, not booleans and dates).

usage: validate.py SCHEMA FILE...
Prints one line per problem (`FILE: PATH: MESSAGE`) and `N files valid`;
exits 1 when a file is invalid, 2 when a file cannot be read.
"""
import json
import re
import sys

import jsonschema
import yaml


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2 core-schema scalars."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if path.endswith(".json"):
        return json.loads(text)
    return yaml.load(text, Loader=Yaml12Loader)


def main(arguments):
    with open(arguments[0], encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    invalid = 0
    for path in arguments[1:]:
        try:
            document = load(path)
        except (OSError, ValueError, yaml.YAMLError) as error:
            print(f"{path}: cannot be read: {error}")
            return 2
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors:
            where = "/".join(str(part) for part in error.absolute_path) or "(root)"
            print(f"{path}: {where}: {error.message}")
        invalid += bool(errors)
    print(f"{len(arguments) - 1 - invalid} files valid, {invalid} invalid")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
