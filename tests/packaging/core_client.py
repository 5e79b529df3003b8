"""Run inside a core-only install: a sync and an async Lens client against a loopback server."""

import asyncio
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import imagejobs
from imagejobs import tic_lens

GUID = "3f2b8c9e-0000-4000-8000-000000000001"
seen = []


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        seen.append((self.path, self.headers.get("x-api-key")))
        body = json.dumps({"sentinelJobGuid": GUID, "status": "completed"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}"
with tic_lens.client(api_key="k-core", base_url=base) as client:
    job = tic_lens.jobs(client).get(GUID)


async def main() -> imagejobs.Job:
    async with tic_lens.client(api_key="k-core", base_url=base) as aclient:
        return await tic_lens.jobs(aclient).aget(GUID)


ajob = asyncio.run(main())
server.shutdown()
print(json.dumps({"sync": job.state.value, "async": ajob.state.value, "seen": seen}))
