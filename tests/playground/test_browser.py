"""The playground in headless Chromium (Debian's chromium + chromedriver; nothing is downloaded).

Drives the page like a person: a question in the DM, ``/eo deadlines``, "Share in channel", a subscription,
the clock jump and the announcement, the assistant pane; keeps screenshots in test-artifacts/.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import struct
import zlib
from pathlib import Path
from typing import Iterator
from zoneinfo import ZoneInfo

import pytest

from bot import command_table

from .conftest import ThreadedPlayground

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
MACHINE_TZ = "Asia/Tokyo"  # the browser's zone; the bot's is EO_TIMEZONE (America/New_York by default)
BOT_TZ = "America/New_York"
WAIT = 30  # seconds a condition may take under a loaded 2-core CI machine (a wait, not a sleep)

if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {CHROMIUM} or {CHROMEDRIVER} is missing (.ci/run installs them)", pytrace=False)
    pytest.skip(f"needs Debian's chromium and chromium-driver ({CHROMIUM}, {CHROMEDRIVER})", allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

SUBSCRIPTIONS_WIRED = command_table.find("subscribe") is not None


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1360,900",
        "--lang=en-US",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
    ):
        options.add_argument(flag)
    service = Service(executable_path=CHROMEDRIVER, env={**os.environ, "TZ": MACHINE_TZ})  # not the bot's EO_TIMEZONE
    driver = webdriver.Chrome(service=service, options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def page(browser: WebDriver, threaded_playground: ThreadedPlayground) -> WebDriver:
    assert threaded_playground.pg is not None
    browser.get(threaded_playground.pg.url)
    wait(browser).until(lambda d: "running" in d.find_element(By.ID, "bot-status").text)
    return browser


def wait(driver: WebDriver, timeout: float = WAIT) -> WebDriverWait:
    return WebDriverWait(driver, timeout)


def open_conversation(driver: WebDriver, channel_id: str) -> None:
    link = f'a[data-channel="{channel_id}"]'

    def opened(d: WebDriver) -> bool:
        try:  # the sidebar is rebuilt on every state the page renders: a found link can go stale at once
            if "active" not in (d.find_element(By.CSS_SELECTOR, link).get_attribute("class") or ""):
                d.find_element(By.CSS_SELECTOR, link).click()
                return False
            return True
        except StaleElementReferenceException:
            return False

    wait(driver).until(opened)


def send(driver: WebDriver, text: str) -> None:
    box = driver.find_element(By.ID, "composer-input")
    box.clear()
    box.send_keys(text)
    driver.find_element(By.ID, "send-btn").click()


def messages(driver: WebDriver, selector: str = ".msg") -> list[WebElement]:
    return driver.find_elements(By.CSS_SELECTOR, f"#messages {selector}")


def newest_answer_containing(driver: WebDriver, text: str) -> WebElement | bool:
    """The bot's newest message, once it contains ``text`` (the page is shared: older answers may match too)."""
    answers = messages(driver, ".msg.message.from-bot")
    return answers[-1] if answers and text in answers[-1].text else False


def message_containing(driver: WebDriver, selector: str, text: str) -> WebElement | bool:
    for msg in messages(driver, selector):
        if text in msg.text:
            return msg
    return False


def test_question_deadlines_share_and_screenshot(page: WebDriver) -> None:
    open_conversation(page, "D0000YOU0")
    send(page, "When are the CISA directives due?")
    answer = wait(page).until(lambda d: message_containing(d, ".msg.message.from-bot", "Sources:"))
    assert "CISA" in answer.text
    assert answer.find_elements(By.CSS_SELECTOR, ".bk-context"), "sources are shown in a context line"

    open_conversation(page, "C0000GNRL")
    send(page, "/eo deadlines")
    reply = wait(page).until(lambda d: message_containing(d, ".msg.ephemeral", "Deadlines set by the order"))
    assert "Only visible to you" in reply.text and "/eo deadlines" in reply.text
    assert reply.find_elements(By.CSS_SELECTOR, ".bk ul li"), "the deadline bullets render as a list"
    assert reply.find_elements(By.CSS_SELECTOR, ".bk b"), "mrkdwn *bold* renders bold"

    reply.find_element(By.XPATH, ".//button[normalize-space()='Share in channel']").click()
    shared = wait(page).until(lambda d: message_containing(d, ".msg.message.from-bot", "Deadlines set by the order"))
    assert "Only visible to you" not in shared.text
    assert "Shared by" in shared.text and "@you" in shared.text

    ARTIFACTS.mkdir(exist_ok=True)
    png = page.get_screenshot_as_png()
    (ARTIFACTS / "playground.png").write_bytes(png)
    width, height = png_size_checked(png)
    assert width >= 800 and height >= 600
    assert distinct_colours(page, png) > 200, "the screenshot looks blank"


def test_sources_button_opens_the_quotes_modal(page: WebDriver) -> None:
    open_conversation(page, "D0000YOU0")
    send(page, "who has to build the clearinghouse?")
    wait(page).until(lambda d: message_containing(d, ".msg.message", "who has to build the clearinghouse?"))
    answer = wait(page).until(lambda d: newest_answer_containing(d, "clearinghouse"))
    answer.find_element(By.XPATH, ".//button[normalize-space()='Sources']").click()
    modal = wait(page).until(lambda d: (m := d.find_element(By.ID, "modal")).is_displayed() and m)
    assert "Sources" in modal.text and "Implicator clipping (004)" in modal.text
    assert modal.find_elements(By.CSS_SELECTOR, "blockquote"), "the report's words render as quotes"
    page.find_element(By.ID, "modal-close").click()
    wait(page).until(lambda d: not d.find_element(By.ID, "modal").is_displayed())


def test_mrkdwn_is_escaped_and_formatted(page: WebDriver) -> None:
    html = page.execute_script(
        "return BlockKit.mrkdwn(arguments[0], {users: {U1: 'ann'}})",
        "&lt;script&gt;x *b* _i_ <https://example.org/a?b=1&amp;c=2|site> <javascript:alert(1)|bad> <@U1> `a_b_c`",
    )
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>b</b>" in html and "<i>i</i>" in html
    assert 'href="https://example.org/a?b=1&amp;c=2"' in html
    assert "javascript:" not in html.replace("javascript:alert(1)", "") and 'href="javascript' not in html
    assert "@ann" in html and "<code>a_b_c</code>" in html


def test_reply_in_thread_and_home_without_composer_hints(page: WebDriver) -> None:
    open_conversation(page, "D0000YOU0")
    send(page, "Who runs the clearinghouse?")
    # the page is shared: an earlier test's answer may name the Treasury too, so wait for this question and the
    # newest answer, not for any message
    wait(page).until(lambda d: message_containing(d, ".msg.message", "Who runs the clearinghouse?"))
    wait(page).until(lambda d: newest_answer_containing(d, "Treasury"))
    mine = [m for m in messages(page, ".msg.message") if "Who runs the clearinghouse?" in m.text][-1]
    parent_ts = mine.get_attribute("data-ts")
    mine.find_element(By.CSS_SELECTOR, ".reply-btn").click()
    assert page.find_element(By.ID, "replying").is_displayed()
    send(page, "Is the review mandatory?")

    def threaded(d: WebDriver) -> str | bool:
        try:  # the parent is re-rendered when its thread grows
            parent = d.find_element(By.CSS_SELECTOR, f'#messages > .msg[data-ts="{parent_ts}"]')
            replies = parent.find_elements(By.CSS_SELECTOR, ".thread .msg.from-bot")
            return replies[0].text if replies else False
        except StaleElementReferenceException:
            return False

    assert "voluntary" in wait(page).until(threaded).lower()
    page.find_element(By.ID, "reply-cancel").click()
    assert not page.find_element(By.ID, "replying").is_displayed()

    page.find_element(By.ID, "home-link").click()
    wait(page).until(lambda d: d.find_element(By.ID, "home").is_displayed())
    assert not page.find_element(By.ID, "hints").is_displayed(), "the composer hints do nothing on the Home tab"


def test_a_very_long_command_is_clipped_in_its_label(page: WebDriver) -> None:
    open_conversation(page, "C0000GNRL")
    page.execute_script("document.getElementById('composer-input').value = arguments[0]", "/eo " + "why " * 3000)
    page.find_element(By.ID, "send-btn").click()
    reply = wait(page).until(lambda d: message_containing(d, ".msg.ephemeral", "characters long"))
    label = reply.find_element(By.CSS_SELECTOR, ".only-you").text
    assert len(label) < 160 and label.endswith("…")


def test_message_times_are_in_the_bots_timezone_not_the_machines(page: WebDriver) -> None:
    assert page.execute_script("return Intl.DateTimeFormat().resolvedOptions().timeZone") == MACHINE_TZ
    open_conversation(page, "D0000YOU0")
    send(page, "what is the clearinghouse?")

    def time_shown(d: WebDriver) -> tuple[str, str] | bool:
        try:
            mine = message_containing(d, ".msg.message", "what is the clearinghouse?")
            if not mine:
                return False
            shown = mine.find_element(By.CSS_SELECTOR, ".meta .time").text
            return str(mine.get_attribute("data-ts")), " ".join(shown.split())  # ICU may use a narrow space
        except StaleElementReferenceException:
            return False

    ts, shown = wait(page).until(time_shown)
    sent = dt.datetime.fromtimestamp(int(ts.split(".")[0]), dt.timezone.utc)
    assert shown == f"{sent.astimezone(ZoneInfo(BOT_TZ)):%I:%M %p}", shown
    assert f"{sent.astimezone(ZoneInfo(MACHINE_TZ)):%I:%M}" not in shown
    assert "EDT" in page.find_element(By.ID, "clock-now").text or "EST" in page.find_element(By.ID, "clock-now").text


def open_provision_modal(driver: WebDriver) -> str:
    """``/eo ask`` in #general, then *Show full provision* on the answer: the modal's view id."""
    open_conversation(driver, "C0000GNRL")
    send(driver, "/eo ask When is the clearinghouse due?")

    def click_show(d: WebDriver) -> bool:
        try:  # the answer may be re-rendered between finding and clicking it
            answer = message_containing(d, ".msg.ephemeral", "/eo ask When is the clearinghouse due?")
            if not answer:
                return False
            answer.find_element(By.XPATH, ".//button[normalize-space()='Show full provision']").click()
            return True
        except StaleElementReferenceException:
            return False

    wait(driver).until(click_show)
    wait(driver).until(lambda d: d.find_element(By.ID, "modal").is_displayed())
    return str(driver.find_element(By.ID, "modal").get_attribute("data-id"))


def test_a_modal_left_open_is_gone_after_a_reload_and_clicks_work(page: WebDriver) -> None:
    open_provision_modal(page)
    page.refresh()
    wait(page).until(lambda d: "running" in d.find_element(By.ID, "bot-status").text)
    open_conversation(page, "D0000YOU0")  # a click the modal's overlay would have intercepted
    assert not page.find_element(By.ID, "modal").is_displayed()
    page.find_element(By.ID, "home-link").click()
    wait(page).until(lambda d: d.find_element(By.ID, "home").is_displayed())
    assert not page.find_element(By.ID, "modal").is_displayed()


HOLD_MODAL_CLOSE = """
    window.__held = []; window.__states = 0;
    const fetch0 = window.fetch;
    window.fetch = function (url, opts) {
      if (String(url).indexOf('/ui/modal/close') >= 0)
        return new Promise(resolve => window.__held.push(() => resolve(fetch0(url, opts))));
      const p = fetch0(url, opts);
      if (String(url).indexOf('/ui/state') < 0) return p;
      return p.then(r => { const json = r.json.bind(r);
        r.json = () => json().then(v => { setTimeout(() => window.__states++, 0); return v; }); return r; });
    };
"""


def test_a_modal_closed_while_an_older_state_arrives_stays_closed(
    page: WebDriver, threaded_playground: ThreadedPlayground
) -> None:
    pg = threaded_playground.pg
    assert pg is not None
    modal_id = open_provision_modal(page)
    page.execute_script(HOLD_MODAL_CLOSE)  # the server hears of the close only when the test says so
    page.find_element(By.ID, "modal-close").click()
    before = page.execute_script("return window.__states")
    threaded_playground.loop.call_soon_threadsafe(pg.bump)  # a change elsewhere: the page fetches a state
    # that still has the modal open (the server has not heard of the close yet)
    wait(page).until(lambda d: d.execute_script("return window.__states") > before)
    assert not page.find_element(By.ID, "modal").is_displayed(), "an older state does not reopen a closed modal"
    page.execute_script("window.__held.forEach(f => f())")
    wait(page).until(lambda d: modal_id in pg.notes.closed_views)
    page.refresh()  # the page's own fetch again, for the tests after this one
    wait(page).until(lambda d: "running" in d.find_element(By.ID, "bot-status").text)


@pytest.mark.xfail(not SUBSCRIPTIONS_WIRED, reason="subscriptions not wired yet", strict=False, run=False)
def test_subscribe_jump_and_announcement(page: WebDriver) -> None:
    """The README's demo after the channel subscribed at real time (when every deadline had passed)."""
    open_conversation(page, "C0000GNRL")
    send(page, "/eo subscribe")
    wait(page).until(lambda d: message_containing(d, ".msg.message.from-bot", "Already passed"))
    wait(page).until(lambda d: "No announcement planned" in d.find_element(By.ID, "clock-next").text)
    assert not page.find_element(By.ID, "jump-btn").is_enabled()
    page.find_element(By.ID, "signing-btn").click()
    wait(page, 30).until(
        lambda d: (
            "simulated" in d.find_element(By.ID, "clock-mode").text and "running" in d.find_element(By.ID, "bot-status").text
        )
    )
    open_conversation(page, "C0000GNRL")
    send(page, "/eo subscribe")
    wait(page).until(lambda d: d.find_element(By.ID, "jump-btn").is_enabled())
    assert "Next announcement" in page.find_element(By.ID, "clock-next").text
    page.find_element(By.ID, "jump-btn").click()
    wait(page, 30).until(
        lambda d: "Jun 25" in d.find_element(By.ID, "clock-now").text and "running" in d.find_element(By.ID, "bot-status").text
    )
    seen = {m.get_attribute("data-ts") for m in messages(page, ".msg.message.from-bot")}

    def announcement(d: WebDriver) -> WebElement | bool:
        fresh = [m for m in messages(d, ".msg.message.from-bot") if m.get_attribute("data-ts") not in seen]
        return fresh[-1] if fresh else False

    arrived = wait(page, 40).until(announcement)
    assert "CISA" in arrived.text or "Sources" in arrived.text
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "playground-announcement.png").write_bytes(page.get_screenshot_as_png())


# -- the assistant pane --------------------------------------------------------------------------------------
def visible_text(driver: WebDriver, element_id: str) -> str | bool:
    element = driver.find_element(By.ID, element_id)
    return element.is_displayed() and element.text


def test_assistant_pane_prompts_status_title_and_feedback(page: WebDriver, threaded_playground: ThreadedPlayground) -> None:
    """Open the pane next to #general: the greeting and the prompts; click one: the status shows while the answer is
    on its way (Slack is slowed down so a person could see it), then the answer, the thread's title and feedback."""
    pg = threaded_playground.pg
    assert pg is not None
    open_conversation(page, "C0000GNRL")
    page.find_element(By.ID, "assistant-toggle").click()
    wait(page).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#assistant-prompts .pane-prompt")) == 4)
    assert "Hi!" in page.find_element(By.ID, "assistant-messages").text
    assert "#general" in page.find_element(By.ID, "assistant-context").text
    prompt = page.find_elements(By.CSS_SELECTOR, "#assistant-prompts .pane-prompt")[1]
    question = prompt.get_attribute("data-message")

    async def slow_posts(seconds: float) -> None:  # on the playground's loop, like everything the fake does
        if seconds:
            pg.fake.set_latency("chat.postMessage", seconds)
        else:
            pg.fake.clear_latency("chat.postMessage")

    threaded_playground.run(slow_posts(2.0))
    try:
        prompt.click()
        status = wait(page).until(lambda d: visible_text(d, "assistant-status"))
        assert "Looking that up in the reports" in str(status)
    finally:
        threaded_playground.run(slow_posts(0))
    answer = wait(page).until(lambda d: message_in_pane(d, "deadlines"))
    wait(page).until(lambda d: not d.find_element(By.ID, "assistant-status").is_displayed())
    wait(page).until(lambda d: d.find_element(By.ID, "assistant-title").text == question)
    assert not page.find_element(By.ID, "assistant-prompts").is_displayed(), "the prompts give way to the conversation"

    answer.find_element(By.CSS_SELECTOR, ".bk-feedback-btn.down").click()
    wait(page).until(lambda d: "only visible to you" in d.find_element(By.ID, "assistant-messages").text)
    assert "Thanks for telling me" in page.find_element(By.ID, "assistant-messages").text
    assert question not in " ".join(m.text for m in messages(page)), "the pane's chat is beside #general, not in it"
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "playground-assistant.png").write_bytes(page.get_screenshot_as_png())
    page.find_element(By.ID, "assistant-close").click()
    assert not page.find_element(By.ID, "assistant-pane").is_displayed()


def message_in_pane(driver: WebDriver, text: str) -> WebElement | bool:
    try:
        for msg in driver.find_elements(By.CSS_SELECTOR, "#assistant-messages .pane-msg.from-bot"):
            if text in msg.text.lower() and msg.find_elements(By.CSS_SELECTOR, ".bk-feedback-btn"):
                return msg
    except StaleElementReferenceException:
        return False
    return False


# -- screenshot checks (stdlib + the browser itself; no imaging library) ------------------------------------
def png_size_checked(png: bytes) -> tuple[int, int]:
    """Width and height, after checking the signature, IHDR and that the image data inflates to full size."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    height = depth = colour = 0
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        data = png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", data[:10])
        elif kind == b"IDAT":
            idat += data
        pos += 12 + length
    channels = {2: 3, 6: 4, 0: 1, 4: 2}[colour]
    raw = zlib.decompress(idat)
    assert depth == 8 and len(raw) == height * (1 + width * channels)
    return width, height


def distinct_colours(driver: WebDriver, png: bytes) -> int:
    """Decode the PNG in the browser (canvas) and count distinct colours on a sample grid."""
    script = """
        const done = arguments[arguments.length - 1];
        const img = new Image();
        img.onload = () => {
          const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
          const g = c.getContext('2d'); g.drawImage(img, 0, 0);
          const px = g.getImageData(0, 0, c.width, c.height).data, seen = new Set();
          for (let y = 0; y < c.height; y += 3) for (let x = 0; x < c.width; x += 3) {
            const i = (y * c.width + x) * 4; seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
          }
          done(seen.size);
        };
        img.onerror = () => done(-1);
        img.src = 'data:image/png;base64,' + arguments[0];
    """
    return int(driver.execute_async_script(script, base64.b64encode(png).decode()))


def test_screenshot_helpers_reject_garbage() -> None:
    with pytest.raises(AssertionError):
        png_size_checked(b"not a png")
