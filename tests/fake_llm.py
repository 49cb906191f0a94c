"""A scripted OpenAI-compatible server on 127.0.0.1, for what a real model cannot be made to
do on cue: write a given reply, stall, trickle, or answer with something that is not a chat
completion. The model's name picks the behaviour (see :data:`REPLIES` and ``_serve``)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# What the "scripted" model writes, piece by piece.
REPLIES = {
    "scripted": ["Kith Theang owns", " the Rock Entertainment Centre [1].", " The moon",
                 " is made of cheese [1].", " Theang owns a club."],
    "declines": ["The quotes do not answer this question."],
}
TRICKLE_SECONDS = 0.4  # between pieces of the "slow" model: 150 pieces at most (60 s)


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # quiet
        pass

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        self.server.requests.append(body)  # type: ignore[attr-defined]
        model = body["model"]
        if model == "missing":
            self._json(404, {"error": {"message": f"model '{model}' not found"}})
        elif model == "junk":
            self._raw(200, b"this is not a chat completion", "text/plain")
        else:
            self._stream(model)

    def _json(self, status: int, payload: dict) -> None:
        self._raw(status, json.dumps(payload).encode(), "application/json")

    def _raw(self, status: int, data: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("content-type", kind)
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _stream(self, model: str) -> None:
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.end_headers()
        pieces = REPLIES.get(model) or [" word"] * 150
        try:
            for piece in pieces:
                chunk = {"id": "1", "object": "chat.completion.chunk", "created": 0,
                         "model": model, "choices": [{"index": 0, "delta": {"content": piece},
                                                      "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()
                time.sleep(TRICKLE_SECONDS if model == "slow" else 0.01)
            self.wfile.write(b"data: [DONE]\n\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away (a cancel or its timeout)


@contextmanager
def fake_llm_server() -> Iterator[tuple[str, list[dict]]]:
    """The server's base URL (``http://127.0.0.1:PORT/v1``) and the requests it received."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.requests = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", server.requests  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()
