#!/usr/bin/env python3
"""Tiny HTTP server for tests/cli/extract.sh: binds a free localhost port,
prints it, and serves /article.html, /redirect (302 to the article), /slow
(answers after 5 s) and 404 for anything else."""
import http.server
import sys
import time

ARTICLE = b"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Ferry runs aground - Coast Times</title>
<meta property="og:site_name" content="Coast Times">
<meta property="article:published_time" content="2024-03-05T08:00:00+01:00">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry runs aground</h1>
<p>A passenger ferry ran aground in thick fog on Tuesday morning, and all forty passengers were brought ashore safely by the coast guard.</p>
<p>The operator said the vessel, which had left the harbour at seven, would be towed back once the tide turned, and that an inquiry had begun.</p>
</article><footer>Copyright Coast Times</footer></body></html>"""


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/article.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(ARTICLE)))
            self.end_headers()
            self.wfile.write(ARTICLE)
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(5)
            self.send_response(200)
            self.end_headers()
        else:
            self.send_error(404)

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True


srv = Server(("127.0.0.1", 0), Handler)
print(srv.server_address[1], flush=True)
srv.serve_forever()
