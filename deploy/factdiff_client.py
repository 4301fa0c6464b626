#!/usr/bin/env python3
"""Asks the factdiff service whether a revision may be published; exit 1 when the report blocks it."""
import json, os, sys, urllib.error, urllib.request

URL = os.environ.get("FACTDIFF_URL", "http://127.0.0.1:8080")

def check(original, revised, article_id=None):
    body = json.dumps({"original": original, "revised": revised, "articleId": article_id}).encode()
    request = urllib.request.Request(URL + "/v1/check", body, {"Content-Type": "application/json"})
    if os.environ.get("FACTDIFF_TOKEN"):
        request.add_header("Authorization", "Bearer " + os.environ["FACTDIFF_TOKEN"])
    try:
        with urllib.request.urlopen(request, timeout=180) as response:
            return json.load(response)
    except urllib.error.HTTPError as e:  # 4xx/5xx: one line of JSON; 503 says when to retry
        sys.exit(f"factdiff: {e.code} {json.load(e)['error']} (Retry-After: {e.headers.get('Retry-After')})")

if __name__ == "__main__":
    report = check(open(sys.argv[1], encoding="utf-8").read(), open(sys.argv[2], encoding="utf-8").read())
    for finding in report["findings"]:
        print(f"{finding['severity']:8}{finding['rule']}: {finding['message']}")
    sys.exit(1 if report["blocked"] else 0)
