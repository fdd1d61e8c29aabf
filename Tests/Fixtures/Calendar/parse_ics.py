"""Parses an iCalendar file with the `icalendar` package and prints what the
Swift tests check, as JSON: the calendar's properties, every event with its
dates (recurrences expanded with dateutil), alarms and categories, and the
raw line checks (CRLF, 75 octets, no split UTF-8 character)."""
import json
import sys

import icalendar
from dateutil.rrule import rrulestr


def text(value):
    return None if value is None else str(value)


def categories(event):
    value = event.get("CATEGORIES")
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [str(item) for entry in values for item in entry.cats]


def dates(event):
    start = event["DTSTART"].dt
    rule = event.get("RRULE")
    if rule is None:
        return [start.isoformat()]
    expanded = rrulestr(rule.to_ical().decode(), dtstart=start)
    return [day.date().isoformat() if hasattr(day, "date") else day.isoformat()
            for day in expanded]


def alarm(component):
    trigger = component["TRIGGER"].dt
    return {
        "action": text(component.get("ACTION")),
        "trigger_days": trigger.days,
        "trigger_seconds": trigger.seconds,
        "description": text(component.get("DESCRIPTION")),
    }


def event(component):
    end = component.get("DTEND")
    rule = component.get("RRULE")
    return {
        "uid": text(component.get("UID")),
        "sequence": int(component.get("SEQUENCE", -1)),
        "dtstamp": component["DTSTAMP"].dt.strftime("%Y%m%dT%H%M%SZ"),
        "start": component["DTSTART"].dt.isoformat(),
        "start_is_date": component["DTSTART"].params.get("VALUE") == "DATE",
        "end": end.dt.isoformat() if end is not None else None,
        "rrule": rule.to_ical().decode() if rule is not None else None,
        "dates": dates(component),
        "summary": text(component.get("SUMMARY")),
        "description": text(component.get("DESCRIPTION")),
        "categories": categories(component),
        "transp": text(component.get("TRANSP")),
        "alarms": [alarm(sub) for sub in component.subcomponents if sub.name == "VALARM"],
        "errors": [str(error) for error in getattr(component, "errors", [])],
    }


def line_problems(raw):
    problems = []
    if not raw.endswith(b"\r\n"):
        problems.append("does not end with CRLF")
    for number, line in enumerate(raw.split(b"\r\n")[:-1], start=1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number}: bare line break")
        if len(line) > 75:
            problems.append(f"line {number}: {len(line)} octets")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number}: split UTF-8 character")
    return problems


def main():
    raw = open(sys.argv[1], "rb").read()
    calendar = icalendar.Calendar.from_ical(raw)
    print(json.dumps({
        "version": text(calendar.get("VERSION")),
        "prodid": text(calendar.get("PRODID")),
        "calscale": text(calendar.get("CALSCALE")),
        "method": text(calendar.get("METHOD")),
        "name": text(calendar.get("X-WR-CALNAME")),
        "errors": [str(error) for error in getattr(calendar, "errors", [])],
        "line_problems": line_problems(raw),
        "events": [event(component) for component in calendar.walk("VEVENT")],
    }, ensure_ascii=False, sort_keys=True))


main()
