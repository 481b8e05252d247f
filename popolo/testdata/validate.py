"""Validate a Popolo export against the Popolo project's JSON Schemas.

Usage: python3 validate.py SCHEMA_DIR < document.json

SCHEMA_DIR holds person.json, organization.json, ... (draft-03). Their
$refs name http://www.popoloproject.com/schemas/NAME.json#, which are
mapped to the files in SCHEMA_DIR. Each object of each collection is
validated against its schema; every error is printed on a line of its
own as "collection[i].path: message". Exit status 3 means that the
jsonschema module is missing, so that the Go test can skip.
"""
import json
import os
import sys

try:
    import jsonschema
except ImportError as e:  # the Go test skips on status 3
    print("python3-jsonschema is missing: %s" % e, file=sys.stderr)
    sys.exit(3)
try:  # jsonschema 4.18 and later resolve $refs through referencing
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT3
except ImportError:  # Debian's python3-jsonschema 4.10 has RefResolver
    Registry = None

BASE = "http://www.popoloproject.com/schemas/"
COLLECTIONS = {
    "persons": "person",
    "organizations": "organization",
    "memberships": "membership",
    "posts": "post",
    "events": "event",
    "areas": "area",
}


def main():
    schema_dir = sys.argv[1]
    resources = []
    store = {}
    schemas = {}
    for name in os.listdir(schema_dir):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
            s = json.load(f)
        schemas[name[:-5]] = s
        store[BASE + name] = s
        store[BASE + name + "#"] = s
        if Registry is not None:
            res = Resource.from_contents(s, default_specification=DRAFT3)
            resources.append((BASE + name, res))
            resources.append((BASE + name + "#", res))

    def validator(schema):
        fc = jsonschema.Draft3Validator.FORMAT_CHECKER
        if Registry is not None:
            return jsonschema.Draft3Validator(schema, registry=Registry().with_resources(resources), format_checker=fc)
        resolver = jsonschema.RefResolver(BASE + "x.json", schema, store=store)
        return jsonschema.Draft3Validator(schema, resolver=resolver, format_checker=fc)
    doc = json.load(sys.stdin)
    errors = 0
    if not isinstance(doc, dict):
        print("document: not an object")
        sys.exit(1)
    for key in doc:
        if key not in COLLECTIONS:
            print("document: unknown collection %r" % key)
            errors += 1
    for key, schema_name in COLLECTIONS.items():
        items = doc.get(key)
        if not isinstance(items, list):
            print("%s: missing or not an array" % key)
            errors += 1
            continue
        v = validator(schemas[schema_name])
        for i, item in enumerate(items):
            for err in v.iter_errors(item):
                path = "".join("[%d]" % p if isinstance(p, int) else "." + p for p in err.absolute_path)
                print("%s[%d]%s: %s" % (key, i, path, err.message))
                errors += 1
    print("checked %d objects" % sum(len(doc.get(k) or []) for k in COLLECTIONS), file=sys.stderr)
    sys.exit(1 if errors else 0)


main()
