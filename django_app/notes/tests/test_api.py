"""The JSON API. Twin: flask_app/tests/test_api.py."""

from django.test import Client, TestCase, override_settings

from .helpers import START, make_note, make_notes, make_user

NOT_FOUND = {"error": "Not found"}


class NoteListApiTests(TestCase):
    def setUp(self):
        self.alice = make_user("alice")

    def test_first_page_shape(self):
        """The list has count, page, pages and notes, keys in that order."""
        make_notes([self.alice], 12)
        response = self.client.get("/api/notes/")
        self.assertEqual(response["Content-Type"], "application/json")
        data = response.json()
        self.assertEqual(list(data), ["count", "page", "pages", "notes"])
        self.assertEqual((data["count"], data["page"], data["pages"]), (12, 1, 2))
        self.assertEqual(len(data["notes"]), 10)
        first = data["notes"][0]
        self.assertEqual(
            list(first), ["id", "title", "body", "author", "created_at", "url"]
        )
        self.assertEqual((first["title"], first["author"]), ("Note 12", "alice"))
        self.assertEqual(first["created_at"], "2026-11-01T20:00:00Z")
        self.assertEqual(first["url"], f"/notes/{first['id']}/")

    def test_raw_json_keeps_key_order(self):
        """The bytes on the wire keep the keys in the order they were written."""
        make_notes([self.alice], 12)
        raw = self.client.get("/api/notes/").content.decode()
        self.assertLess(raw.index('"count"'), raw.index('"page"'))
        self.assertLess(raw.index('"page"'), raw.index('"notes"'))
        self.assertLess(raw.index('"title"'), raw.index('"body"'))
        self.assertLess(raw.index('"body"'), raw.index('"author"'))

    def test_second_page(self):
        """?page=2 gives the remaining notes."""
        make_notes([self.alice], 12)
        data = self.client.get("/api/notes/?page=2").json()
        self.assertEqual(data["page"], 2)
        self.assertEqual([n["title"] for n in data["notes"]], ["Note 2", "Note 1"])

    def test_empty_list_has_one_page(self):
        """With no notes: count 0, page 1, pages 1."""
        data = self.client.get("/api/notes/").json()
        self.assertEqual(data, {"count": 0, "page": 1, "pages": 1, "notes": []})

    def test_bad_page_is_json_404(self):
        """A bad page is 404 with the API's error object."""
        make_note(self.alice)
        for page in ["abc", "0", "2", "-1", "9" * 30]:
            with self.subTest(page=page):
                response = self.client.get(f"/api/notes/?page={page}")
                self.assertEqual(response.status_code, 404)
                self.assertEqual(response.json(), NOT_FOUND)

    def test_page_last_and_empty_page(self):
        """?page=last is the last page and an empty ?page= the first: ListView's way."""
        make_notes([self.alice], 12)
        self.assertEqual(self.client.get("/api/notes/?page=last").json()["page"], 2)
        self.assertEqual(self.client.get("/api/notes/?page=").json()["page"], 1)

    def test_timestamps_are_utc_to_the_second(self):
        """Microseconds are dropped and the zone is written as Z."""
        note = make_note(self.alice, created_at=START.replace(microsecond=123456))
        data = self.client.get(f"/api/notes/{note.pk}/").json()
        self.assertEqual(data["created_at"], "2026-11-01T08:00:00Z")


class NoteDetailApiTests(TestCase):
    def test_one_note(self):
        """One note comes back as the same object the list shows."""
        note = make_note(make_user("alice"), title="Hi", body="Text")
        data = self.client.get(f"/api/notes/{note.pk}/").json()
        self.assertEqual(data, self.client.get("/api/notes/").json()["notes"][0])
        self.assertEqual(
            (data["id"], data["title"], data["body"]), (note.pk, "Hi", "Text")
        )

    def test_unmatched_api_paths_are_json_404(self):
        """An unknown note or any other path under /api/ is the API's JSON 404."""
        paths = ["/api/notes/999/", f"/api/notes/{'9' * 30}/", "/api/", "/api/nope/",
                 "/api/notes/abc/", "/api/notes/1/extra/"]  # fmt: skip
        # With DEBUG on, Django would answer with its HTML debug page.
        for debug in [False, True]:
            for url in paths:
                with self.subTest(url=url, debug=debug), override_settings(DEBUG=debug):
                    response = self.client.get(url)
                    self.assertEqual(response.status_code, 404)
                    self.assertEqual(response["Content-Type"], "application/json")
                    self.assertEqual(response.json(), NOT_FOUND)

    def test_post_is_json_404_not_a_csrf_failure(self):
        """A POST without a token there is a 404, as for a URL that matches nothing."""
        response = Client(enforce_csrf_checks=True).post("/api/nope/")
        self.assertEqual(response.status_code, 404)
        self.assertEqual(response.json(), NOT_FOUND)

    def test_paths_without_slash(self):
        """/api/nope is a JSON 404; /api/notes is redirected to /api/notes/ with 301."""
        # Only with DEBUG off: no route matches, so DEBUG's HTML page would win.
        response = self.client.get("/api/nope")
        self.assertEqual(response.status_code, 404)
        self.assertEqual(response.json(), NOT_FOUND)
        response = self.client.get("/api/notes?page=2")
        self.assertRedirects(
            response, "/api/notes/?page=2", 301, fetch_redirect_response=False
        )


class WhoAmIApiTests(TestCase):
    def test_whoami_anonymous(self):
        """Signed out: not authenticated, no username, and the request's details."""
        response = self.client.get(
            "/api/whoami/", HTTP_USER_AGENT="tester/1.0", REMOTE_ADDR="10.0.0.7"
        )
        self.assertEqual(
            response.json(),
            {
                "authenticated": False,
                "username": None,
                "is_staff": False,
                "method": "GET",
                "path": "/api/whoami/",
                "user_agent": "tester/1.0",
                "remote_addr": "10.0.0.7",
            },
        )

    def test_whoami_signed_in_staff(self):
        """Signed in: the username and staff flag; no User-Agent gives ""."""
        self.client.force_login(make_user("root", is_staff=True))
        data = self.client.get("/api/whoami/").json()
        self.assertEqual(
            (data["authenticated"], data["username"], data["is_staff"]),
            (True, "root", True),
        )
        self.assertEqual(data["user_agent"], "")
