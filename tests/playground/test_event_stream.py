"""The page's event stream (``GET /ui/events``): a page that goes away is not an error in the terminal."""

from __future__ import annotations

import asyncio
import logging
import socket
import struct
from typing import AsyncIterator

import pytest

from bot.playground.server import Playground


@pytest.fixture
async def playground() -> AsyncIterator[Playground]:
    pg = await Playground().start(0, start_bot=False)  # the stream needs no bot behind it
    try:
        yield pg
    finally:
        await pg.stop()


async def open_stream(pg: Playground) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    reader, writer = await asyncio.open_connection("127.0.0.1", pg.fake.port)
    writer.write(f"GET /ui/events HTTP/1.1\r\nHost: 127.0.0.1:{pg.fake.port}\r\nAccept: text/event-stream\r\n\r\n".encode())
    await writer.drain()
    await asyncio.wait_for(reader.readuntil(b"data: "), 5)  # headers sent, first event written
    await pg.stream_notifier.wait_for(lambda: pg.streams == 1)
    return reader, writer


def reset(writer: asyncio.StreamWriter) -> None:
    """Close like a killed tab: a TCP reset (SO_LINGER 0), not a goodbye."""
    writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


@pytest.mark.parametrize("close", ["reset", "close"])
@pytest.mark.parametrize("next_write", ["change", "keep-alive"])
async def test_a_closed_page_ends_its_stream_quietly(
    playground: Playground, caplog: pytest.LogCaptureFixture, close: str, next_write: str
) -> None:
    caplog.set_level(logging.DEBUG)
    if next_write == "keep-alive":
        playground.keepalive = 0.01  # nothing changes: the next line written to the closed page is a keep-alive
    _, writer = await open_stream(playground)
    if close == "reset":
        reset(writer)
    else:
        writer.close()
    if next_write == "change":
        playground.bump()  # the next event is written to the closed connection
    await playground.stream_notifier.wait_for(lambda: playground.streams == 0)
    errors = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert errors == [], [r.getMessage() for r in errors]
    assert any(r.getMessage() == "a page closed its event stream" and r.levelno == logging.DEBUG for r in caplog.records)


async def test_a_connected_page_keeps_getting_events(playground: Playground) -> None:
    playground.keepalive = 0.01
    reader, writer = await open_stream(playground)
    await asyncio.wait_for(reader.readuntil(b": keep-alive"), 5)
    playground.bump()
    await asyncio.wait_for(reader.readuntil(b"data: "), 5)
    assert playground.streams == 1
    writer.close()
