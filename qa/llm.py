"""The user's own language model server, asked for a written answer.

Ollama, llama.cpp's server, LM Studio and vLLM all speak OpenAI's chat-completions protocol,
so one client serves them all: llama-index's ``OpenAILike`` (``llama-index-llms-openai-like``),
imported only when a model is first asked. ``llama-index-llms-ollama`` would add Ollama's
own options (``num_ctx``, ``keep_alive``), which the short prompt here does not need.

A model is named ``MODEL@URL`` (``qwen2.5:3b@http://localhost:11434/v1``), or ``MODEL`` alone
with the server taken from ``OPENAI_BASE_URL`` or ``OLLAMA_HOST`` as their own clients do (else
Ollama's address). The reply streams: each piece of text goes to a callback as it arrives.
Every failure (unreachable server, unknown model, timeout, a reply that is not a chat
completion) is one :class:`~qa.errors.LLMError` naming the server and what to do, raised no
later than ``timeout`` seconds after the call began: the stream is read by a worker thread and
waited for with a deadline, so a server that trickles or stalls cannot hold the caller.
"""

from __future__ import annotations

import os
import queue
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from qa.errors import LLMCancelled, LLMError

__all__ = ["DEFAULT_TIMEOUT", "LocalLLM", "Message", "stream_reply"]

DEFAULT_TIMEOUT = 60.0  # seconds for the whole reply: a 3B model on 2 cores needs 10-40 s
DEFAULT_RETRIES = 2  # connection failures and 429/5xx answers, before the first token only
MAX_TOKENS = 300  # the prompt asks for up to three short sentences
_OLLAMA = "http://localhost:11434"
_SPEC = re.compile(r"(?P<model>[^@\s]+(?:@[^@\s]+)*?)@(?P<url>https?://\S+)")

Message = tuple[str, str]  # (role, content)
OnText = Callable[[str], None]


@dataclass(frozen=True)
class LocalLLM:
    """A model on an OpenAI-compatible server, and how long to wait for it.

    Args:
        model: the model's name on the server (``qwen2.5:3b``, ``llama3.2``...).
        url: the server's OpenAI-compatible base URL (``http://localhost:11434/v1``).
        timeout: seconds the whole reply may take, retries included.
        retries: how often a refused connection or a 429/5xx answer is tried again.
    """

    model: str
    url: str
    timeout: float = DEFAULT_TIMEOUT
    retries: int = DEFAULT_RETRIES

    @classmethod
    def parse(cls, spec: str | LocalLLM, timeout: float | None = None) -> LocalLLM:
        """``MODEL@URL`` or ``MODEL`` (the URL from ``OPENAI_BASE_URL``, ``OLLAMA_HOST``, or
        Ollama's default), as a :class:`LocalLLM`; an :class:`LLMError` if unusable."""
        if isinstance(spec, LocalLLM):
            return spec if timeout is None else replace(spec, timeout=timeout)
        spec = (spec or "").strip()
        found = _SPEC.fullmatch(spec)
        if found:
            model, url = found["model"], found["url"]
        elif spec and not re.search(r"[@\s]|://", spec):
            model, url = spec, _default_url()
        else:
            raise LLMError(f"cannot read the language model '{spec}'; write MODEL@URL, e.g. "
                           "qwen2.5:3b@http://localhost:11434/v1")
        llm = cls(model, _api_base(url))
        return llm if timeout is None else replace(llm, timeout=timeout)

    @property
    def name(self) -> str:
        """``MODEL@URL``, as the user may write it."""
        return f"{self.model}@{self.url}"

    def __post_init__(self) -> None:
        if not self.timeout > 0:
            raise LLMError(f"the timeout for {self.name} must be more than 0 seconds "
                           f"(got {self.timeout})")


def _default_url() -> str:
    if os.environ.get("OPENAI_BASE_URL"):
        return os.environ["OPENAI_BASE_URL"]
    host = os.environ.get("OLLAMA_HOST") or _OLLAMA
    return host if "://" in host else f"http://{host}"


def _api_base(url: str) -> str:
    """The URL with ``/v1`` added when it names only the server (``http://host:11434``):
    every one of the servers serves the OpenAI protocol there."""
    url = url.rstrip("/")
    path = url.split("://", 1)[1].partition("/")[2]
    return url if path else f"{url}/v1"


def stream_reply(llm: LocalLLM, messages: Sequence[Message], on_text: OnText | None = None,
                 cancel: threading.Event | None = None) -> str:
    """The model's reply to ``messages``, each piece passed to ``on_text`` as it arrives.

    Raises :class:`LLMError` on any failure, within ``llm.timeout`` seconds, and
    :class:`LLMCancelled` soon after ``cancel`` is set.
    """
    cancel = cancel or threading.Event()
    _check_reachable(llm)
    pieces: queue.Queue[tuple[str, object]] = queue.Queue()
    worker = threading.Thread(target=_produce, args=(llm, messages, pieces, cancel),
                              name="llm-reply", daemon=True)
    deadline = time.monotonic() + llm.timeout
    worker.start()
    text: list[str] = []
    try:
        while True:
            kind, value = _next(pieces, deadline, cancel, llm)
            if kind == "done":
                return "".join(text)
            if kind == "error":
                raise _translate(value, llm)
            assert isinstance(value, str)
            text.append(value)
            if on_text and value:
                on_text(value)
    finally:
        cancel.set()  # the worker stops at its next piece (or its own timeout)


def _check_reachable(llm: LocalLLM) -> None:
    """Fail at once, with the one-line error, when nothing listens at the server's address
    (tried ``llm.retries`` more times, half a second apart, for a server that is starting,
    within ``llm.timeout``): the client's own retries, after importing it, took 10 s."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(llm.url)
    try:
        address = (parts.hostname or "localhost",
                   parts.port or (443 if parts.scheme == "https" else 80))
    except ValueError:  # a port that is not a number
        raise _unreachable(llm) from None
    deadline = time.monotonic() + llm.timeout
    for attempt in range(llm.retries + 1):
        left = deadline - time.monotonic()
        if left <= 0:
            break
        try:
            socket.create_connection(address, timeout=min(2.0, left)).close()
            return
        except OSError:
            if attempt < llm.retries:
                time.sleep(min(0.5, max(0.0, deadline - time.monotonic())))
    raise _unreachable(llm)


def _unreachable(llm: LocalLLM) -> LLMError:
    return LLMError(f"cannot reach the language model server at {llm.url}; start it (e.g. "
                    "'ollama serve') or correct the URL given with --llm or QA_LLM")


def _next(pieces: queue.Queue, deadline: float, cancel: threading.Event,
          llm: LocalLLM) -> tuple[str, object]:
    """The worker's next item, polling for a cancel and the deadline."""
    while True:
        if cancel.is_set():
            raise LLMCancelled(f"the written answer from {llm.name} was cancelled")
        left = deadline - time.monotonic()
        if left <= 0:
            raise _timeout(llm)
        try:
            return pieces.get(timeout=min(left, 0.1))
        except queue.Empty:
            continue


def _produce(llm: LocalLLM, messages: Sequence[Message], pieces: queue.Queue,
             cancel: threading.Event) -> None:
    """Read the stream in the worker thread, passing on each piece of text."""
    try:
        chunks = 0
        for chunk in _client(llm).stream_chat(_chat_messages(messages)):
            if cancel.is_set():
                return
            if not hasattr(chunk, "delta"):
                raise LLMError("a streamed piece that is not a chat completion chunk")
            chunks += 1
            pieces.put(("text", chunk.delta or ""))
        if not chunks:
            raise LLMError("no chat completion chunk in it")
        pieces.put(("done", None))
    except BaseException as e:  # noqa: BLE001 - every failure is the caller's to translate
        pieces.put(("error", e))


def _client(llm: LocalLLM):
    """llama-index's OpenAI-compatible client, set up for a local server."""
    from llama_index.llms.openai_like import OpenAILike

    return OpenAILike(model=llm.model, api_base=llm.url,
                      api_key=os.environ.get("OPENAI_API_KEY") or "local",
                      is_chat_model=True, is_function_calling_model=False,
                      context_window=4096, max_tokens=MAX_TOKENS, temperature=0.0,
                      timeout=llm.timeout, max_retries=llm.retries, reuse_client=False)


def _chat_messages(messages: Sequence[Message]) -> list:
    from llama_index.core.llms import ChatMessage

    return [ChatMessage(role=role, content=content) for role, content in messages]


def _timeout(llm: LocalLLM) -> LLMError:
    return LLMError(f"the language model server at {llm.url} did not finish answering within "
                    f"{llm.timeout:g} s; try a smaller model than {llm.model}, or allow more "
                    "time with --llm-timeout")


def _translate(error: object, llm: LocalLLM) -> LLMError:
    """The worker's failure as one line naming the server and what to do; openai's
    exceptions are matched by type, most specific first."""
    if isinstance(error, LLMError):
        return LLMError(f"the language model server at {llm.url} sent a reply that is not a "
                        f"chat completion ({error}); check that the URL is its OpenAI-"
                        "compatible endpoint (usually ending in /v1)")
    import openai

    url, model = llm.url, llm.model
    if isinstance(error, openai.APITimeoutError):
        return _timeout(llm)
    if isinstance(error, openai.APIConnectionError):
        return _unreachable(llm)
    if isinstance(error, openai.NotFoundError):
        return LLMError(f"the language model server at {url} has no model '{model}'; list its "
                        f"models ('ollama list', or {url}/models) or fetch it "
                        f"('ollama pull {model}')")
    if isinstance(error, (openai.AuthenticationError, openai.PermissionDeniedError)):
        return LLMError(f"the language model server at {url} refused the request without a "
                        "valid key; set OPENAI_API_KEY to the key it expects")
    if isinstance(error, openai.APIStatusError):
        return LLMError(f"the language model server at {url} refused the request for "
                        f"'{model}' ({error.status_code}: {_detail(error)}); check the model "
                        "name and the server's log")
    return LLMError(f"the language model server at {url} sent a reply that is not a chat "
                    f"completion ({type(error).__name__}: {error}); check that the URL is its "
                    "OpenAI-compatible endpoint (usually ending in /v1)")


def _detail(error) -> str:
    body = getattr(error, "body", None)
    if isinstance(body, dict):
        body = body.get("detail") or body.get("error") or body.get("message") or body
        if isinstance(body, dict):
            body = body.get("message") or body
    return " ".join(str(body or error.message).split())[:200]
