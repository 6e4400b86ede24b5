"""Issue 22, item 4: `/metrics` of a running office server, parsed by Prometheus's own text-format parser
(prometheus_client); the figures move after a wrong login and a sync. No browser needed, only the office server."""
import json
import urllib.error
import urllib.request

from prometheus_client.parser import text_string_to_metric_families

from conftest import PASSWORD


def scrape(url):
    with urllib.request.urlopen(f"{url}/metrics") as answer:
        assert answer.status == 200
        assert answer.headers["Content-Type"].startswith("text/plain; version=0.0.4")
        text = answer.read().decode()
    samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def value(samples, name, **labels):
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def post(url, path, body, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(f"{url}{path}", data=json.dumps(body).encode(), headers=headers)
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status, json.load(answer)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def test_metrics_parse_and_move(sukamara):
    url = sukamara.url
    before = scrape(url)
    for name in ["hakakses_outbox_pending", "hakakses_outbox_oldest_age_seconds", "hakakses_sla_breaches_running",
                 "hakakses_bridge_passes_total", "hakakses_login_failures_total"]:
        assert any(key[0] == name for key in before), f"{name} missing: {sorted({k[0] for k in before})}"
    assert any(key[0] == "hakakses_requests_in_progress" and ("step", "konsep-usulan") in key[1] for key in before)

    status, _ = post(url, "/api/v1/session", {"username": "dewi", "password": "not the password"})
    assert status == 401
    status, session = post(url, "/api/v1/session", {"username": "dewi", "password": PASSWORD})
    assert status == 200, session
    status, report = post(url, "/api/v1/sync", {}, token=session["token"])
    assert status == 200, report

    after = scrape(url)
    assert value(after, "hakakses_login_failures_total") == value(before, "hakakses_login_failures_total") + 1
    assert value(after, "hakakses_bridge_passes_total") > value(before, "hakakses_bridge_passes_total")
    assert value(after, "hakakses_bridge_last_success_timestamp_seconds") > 0
    requests = [v for (name, labels), v in after.items()
                if name == "hakakses_http_request_duration_seconds_count" and ("area", "api") in labels]
    assert sum(requests) >= 3, requests
    # No person in the figures.
    with urllib.request.urlopen(f"{url}/metrics") as answer:
        text = answer.read().decode()
    assert "nip:" not in text and "nik:" not in text and "dewi" not in text
