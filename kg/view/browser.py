"""Opening a view page in headless Chromium (Selenium + Debian's chromium-driver), for the tests and
the benchmark: load it, wait until it is drawn, and report console errors, requests, counts and timing.

Selenium is a test dependency (``pip install kg[test]``); this module imports it on use.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("KG_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-dev-shm-usage", "--window-size=1400,900")


def available() -> bool:
    """True when Chromium, its driver and Selenium are installed."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return False
    return Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()


@dataclass
class Load:
    """What happened while a page loaded."""

    seconds: float  # from navigation to the page's "ready" mark (drawn, physics settled)
    errors: list[str]  # console errors and uncaught exceptions
    requests: list[str]  # every URL the page asked for, the page itself included
    nodes: int  # in the vis DataSet
    edges: int
    drawn_nodes: int  # in the network's body (what vis-network draws)
    drawn_edges: int


class Browser:
    """One headless Chromium with a fresh profile; use as a context manager."""

    def __init__(self) -> None:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self.profile = tempfile.mkdtemp(prefix="kg-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in (*FLAGS, f"--user-data-dir={self.profile}"):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        options.set_capability("unhandledPromptBehavior", "ignore")
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.driver.get("about:blank")  # away from the new-tab page and what it loads

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.driver.quit()
        shutil.rmtree(self.profile, ignore_errors=True)

    def load(self, path: Path, timeout: float = 60.0) -> Load:
        """Open ``path`` and wait until the page marks itself ready (or ``timeout`` passes: TimeoutError)."""
        from selenium.webdriver.support.ui import WebDriverWait

        self.driver.get("about:blank")
        self.driver.get_log("browser")  # drop what earlier pages logged
        self.driver.get_log("performance")
        started = time.perf_counter()
        self.driver.get(Path(path).resolve().as_uri())
        try:
            WebDriverWait(self.driver, timeout, poll_frequency=0.05).until(
                lambda d: d.execute_script("return document.body && document.body.dataset.state === 'ready'"))
        except Exception as exc:
            raise TimeoutError(f"{path} was not ready after {timeout} s: {self.console_errors()}") from exc
        seconds = time.perf_counter() - started
        counts = self.driver.execute_script(
            "var v = window.kgView; return [v.nodes.length, v.edges.length,"
            " v.network.body.nodeIndices.length, v.network.body.edgeIndices.length];")
        return Load(seconds, self.console_errors(), self.requests(), *counts)

    def console_errors(self) -> list[str]:
        return [e["message"] for e in self.driver.get_log("browser") if e["level"] == "SEVERE"]

    def requests(self) -> list[str]:
        urls = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                urls.append(message["params"]["request"]["url"])
        return urls

    def alert_text(self) -> str | None:
        """The text of an open alert/confirm/prompt, or None."""
        from selenium.common.exceptions import NoAlertPresentException

        try:
            return self.driver.switch_to.alert.text
        except NoAlertPresentException:
            return None

    def screenshot(self, path: Path) -> Path:
        self.driver.save_screenshot(str(path))
        return path
