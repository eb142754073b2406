#!/usr/bin/env python3
"""A minimal LSP client for the launcher test: starts `maillage lsp`, opens a .coop file with an
error and waits for publishDiagnostics. Prints the diagnostics' codes; exits 1 on failure."""
import json, os, subprocess, sys, threading, time, queue, pathlib

maillage, folder = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
proc = subprocess.Popen([maillage, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                        stderr=open(folder / "lsp.err", "wb"))
messages = queue.Queue()

def reader():
    while True:
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            byte = proc.stdout.read(1)
            if not byte:
                return
            header += byte
        length = int([l for l in header.decode().split("\r\n") if l.lower().startswith("content-length")][0].split(":")[1])
        messages.put(json.loads(proc.stdout.read(length)))

threading.Thread(target=reader, daemon=True).start()

def send(message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()

def wait(predicate, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            message = messages.get(timeout=1)
        except queue.Empty:
            continue
        if predicate(message):
            return message
    return None

text = 'territory T "t" kind area\nactor X "x" public covers Nowhere\n'
(folder / "model.coop").write_text(text)
uri = (folder / "model.coop").as_uri()
send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": {"processId": os.getpid(), "rootUri": folder.as_uri(), "capabilities": {},
                 "workspaceFolders": [{"uri": folder.as_uri(), "name": "test"}]}})
answer = wait(lambda m: m.get("id") == 1)
if not answer or "result" not in answer:
    print("no initialize result:", answer); sys.exit(1)
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "coop", "version": 1, "text": text}}})
published = wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                 and m["params"]["uri"].endswith("model.coop") and m["params"]["diagnostics"])
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
wait(lambda m: m.get("id") == 2, 20)
send({"jsonrpc": "2.0", "method": "exit"})
try:
    proc.wait(timeout=20)
except subprocess.TimeoutExpired:
    proc.kill()
if not published:
    print("no publishDiagnostics"); sys.exit(1)
print(" ".join(sorted(d.get("code", "") for d in published["params"]["diagnostics"])))
