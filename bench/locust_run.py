"""One Locust run, in a process of its own (python -m bench.locust_run URL SECONDS).

The load generator when wrk is not installed (see load.py). Eight users send
the request that BENCH_REQUEST describes (JSON: method, path, body, headers
and the expected status) over and over, with no pause; any other status is a
failure, and redirects are not followed, so a sign-in must answer 302 itself.
The clock starts once Locust is imported and its users are started, not
before; the summary is one line of JSON.
"""

from __future__ import annotations

import json
import os
import sys

# Importing locust patches the standard library for gevent first.
import gevent
from locust import FastHttpUser, constant, task
from locust.env import Environment

from bench.load import CONNECTIONS

REQUEST = json.loads(os.environ.get("BENCH_REQUEST", "{}"))


class BenchUser(FastHttpUser):
    """One of the eight connections."""

    wait_time = constant(0)

    @task
    def send(self) -> None:
        """Send the request and check its status."""
        with self.client.request(
            REQUEST["method"],
            REQUEST["path"],
            data=REQUEST["body"] or None,
            headers=dict(REQUEST["headers"]),
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code == REQUEST["expected"]:
                response.success()
            else:
                response.failure(f"status {response.status_code}")


def run(base_url: str, seconds: float) -> dict[str, float]:
    """Keep the users busy for seconds; return what Locust measured."""
    environment = Environment(user_classes=[BenchUser], host=base_url)
    runner = environment.create_local_runner()
    runner.start(CONNECTIONS, spawn_rate=CONNECTIONS * 100)
    gevent.sleep(seconds)
    runner.quit()
    total = environment.stats.total
    return {
        "requests": total.num_requests,
        "seconds": seconds,
        "p50_ms": total.get_response_time_percentile(0.50) or 0.0,
        "p99_ms": total.get_response_time_percentile(0.99) or 0.0,
        "errors": total.num_failures,
    }


if __name__ == "__main__":
    print(json.dumps(run(sys.argv[1], float(sys.argv[2]))))
