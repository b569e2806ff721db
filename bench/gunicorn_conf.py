"""gunicorn settings for the benchmark: a counter of the requests the worker served.

wrk counts the responses it received, but when a run stops the worker still
serves the requests already queued on its socket, and spends CPU on them. So
the worker itself counts: after each request it writes how many it has served
into the file BENCH_COUNTER_FILE names, shared through mmap, which the
benchmark reads next to the worker's CPU time. The master maps the file
before it forks the worker, and the worker inherits the mapping.
"""

import mmap
import os
import struct

COUNTER = struct.Struct("<Q")
_shared = {}


def on_starting(server):
    """Create the counter file and map it, in the master."""
    path = os.environ["BENCH_COUNTER_FILE"]
    with open(path, "wb") as file:
        file.write(bytes(COUNTER.size))
    fd = os.open(path, os.O_RDWR)
    _shared["served"] = mmap.mmap(fd, COUNTER.size)
    os.close(fd)


def post_request(worker, req, environ, resp):
    """Publish the worker's own count of the requests it handled."""
    COUNTER.pack_into(_shared["served"], 0, worker.nr)
