"""A real office for the browser tests: the built `hakakses`, its embedded slapd, the seed staff, and
`hakakses serve` on a free loopback port; Chromium (Debian's) driven by Playwright.

Run by scripts/test after the Swift tests: HAKAKSES_BIN names the binary; screenshots go to
HAKAKSES_ARTIFACTS (default .build/browser-artifacts)."""
import csv
import os
import pathlib
import shutil
import subprocess
import tempfile
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
PASSWORD = "Rahasia-Staf-Browser-2026"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def binary():
    path = os.environ.get("HAKAKSES_BIN") or str(ROOT / ".build" / "debug" / "hakakses")
    if not os.access(path, os.X_OK):
        pytest.fail(f"{path} is missing: build it with `swift build` (scripts/test does)")
    return path


def artifacts():
    folder = pathlib.Path(os.environ.get("HAKAKSES_ARTIFACTS") or ROOT / ".build" / "browser-artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class OfficeUnderTest:
    def __init__(self, kind):
        self.kind = kind
        self.home = pathlib.Path(tempfile.mkdtemp(prefix=f"hakakses-browser-{kind}-"))
        self.config = self.home / "config.yaml"
        self.bin = binary()
        self.env = {**os.environ, "HAKAKSES_CONFIG": str(self.config), "LANG": "C.UTF-8"}
        self.env.pop("HAKAKSES_NOW", None)
        self.env.pop("HAKAKSES_SERVER", None)
        self.server = None
        self.url = None

    def run(self, *arguments, check=True):
        result = subprocess.run([self.bin, *arguments], env=self.env, cwd=self.home, capture_output=True, text=True, timeout=120)
        if check and result.returncode != 0:
            raise AssertionError(f"hakakses {' '.join(arguments)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
        return result

    def start(self):
        self.run("init", "--office", self.kind, "--home", str(self.home), "--rehearsal", "--listen", "127.0.0.1:0")
        self.run("directory", "start")
        password_file = self.home / "staff.pw"
        password_file.write_text(PASSWORD + "\n")
        password_file.chmod(0o600)
        with open(ROOT / "seeds" / self.kind / "staff.csv", newline="") as seeds:
            for row in csv.DictReader(seeds, delimiter=";"):
                roles = [arg for role in row["roles"].split(",") for arg in ("--role", role)]
                self.run("staff", "add", row["uid"], "--name", row["name"], "--nip", row["nip"], *roles,
                         "--password-file", str(password_file))
        ready = self.home / "serve.url"
        log = open(self.home / "serve.log", "w")
        self.server = subprocess.Popen([self.bin, "serve", "--ready-file", str(ready)], env=self.env, cwd=self.home,
                                       stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline and not (ready.exists() and ready.read_text().strip()):
            if self.server.poll() is not None:
                raise AssertionError("hakakses serve exited:\n" + (self.home / "serve.log").read_text())
            time.sleep(0.1)
        self.url = ready.read_text().strip()
        return self

    def stop(self):
        if self.server and self.server.poll() is None:
            self.server.terminate()
            try:
                self.server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.server.kill()
        self.run("directory", "stop", check=False)
        shutil.rmtree(self.home, ignore_errors=True)


@pytest.fixture
def sukamara():
    office = OfficeUnderTest("sukamara").start()
    yield office
    office.stop()


@pytest.fixture
def mojokerto():
    office = OfficeUnderTest("mojokerto").start()
    yield office
    office.stop()


@pytest.fixture(scope="session")
def browser():
    if CHROMIUM is None:
        # In CI a missing browser fails the run (scripts/browser-tests says so too); elsewhere it is a skip.
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is not installed and could not be installed here (apt-get install chromium): "
                        "browser tests cannot run under CI=true", pytrace=False)
        pytest.skip("Chromium is not installed and could not be installed here (apt-get install chromium): browser tests skipped")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield browser
        browser.close()


@pytest.fixture
def shots():
    return artifacts()
