"""Serve a folder (default dist/) on 127.0.0.1 — the same server for `make serve`, the tests and the benchmarks."""
import argparse
import functools
import http.server
import threading


class Handler(http.server.SimpleHTTPRequestHandler):
  extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm",
                    ".mjs": "text/javascript", ".js": "text/javascript", ".wgsl": "text/plain",
                    ".json": "application/json", ".safetensors": "application/octet-stream",
                    ".webmanifest": "application/manifest+json"}

  def end_headers(self):
    self.send_header("Cache-Control", "no-cache")
    super().end_headers()


class QuietHandler(Handler):
  def log_message(self, *args): pass


def start(directory: str, port: int = 0, quiet: bool = True) -> http.server.ThreadingHTTPServer:
  """Start serving in a daemon thread; port 0 picks a free one (server.server_port)."""
  handler = functools.partial(QuietHandler if quiet else Handler, directory=directory)
  server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
  threading.Thread(target=server.serve_forever, daemon=True).start()
  return server


if __name__ == "__main__":
  ap = argparse.ArgumentParser()
  ap.add_argument("--dir", default="dist")
  ap.add_argument("--port", type=int, default=8000)
  a = ap.parse_args()
  s = start(a.dir, a.port, quiet=False)
  print(f"serving {a.dir}/ on http://127.0.0.1:{s.server_port}/  (Ctrl-C to stop)")
  try:
    threading.Event().wait()
  except KeyboardInterrupt:
    s.shutdown()
