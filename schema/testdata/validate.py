"""Validate JSON files against a JSON Schema of draft 2020-12.

Usage: python3 validate.py SCHEMA FILE...

Prints one line per file, tab-separated: the file, then "valid",
"invalid" and the first error, or "notjson" and why the file is not JSON
to Python (invalid UTF-8, data after the value), which is no verdict of
the schema. The schema itself is checked first. Exit status 3 means that
the jsonschema module is missing, so that the Go test can skip.
"""
import json
import sys

try:
    import jsonschema
except ImportError as e:
    print("python3-jsonschema is missing: %s" % e, file=sys.stderr)
    sys.exit(3)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    v = jsonschema.Draft202012Validator(schema)
    for path in sys.argv[2:]:
        try:
            with open(path, "rb") as f:
                doc = json.loads(f.read().decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            print("%s\tnotjson\t%s" % (path, str(e).replace("\n", " ")))
            continue
        err = jsonschema.exceptions.best_match(v.iter_errors(doc))
        if err is None:
            print("%s\tvalid" % path)
        else:
            where = "/".join(str(p) for p in err.absolute_path)
            print("%s\tinvalid\t%s: %s" % (path, where, err.message.replace("\n", " ")[:300]))


main()
