"""Methods, redirects and static files. Twin: flask_app/tests/test_http.py."""

from django.test import TestCase

GET_PAGES = ["/", "/about/", "/contact/", "/accounts/login/", "/api/notes/"]


class HttpTests(TestCase):
    def test_head_answers_without_a_body(self):
        """HEAD works wherever GET does, with the status of GET and no body."""
        for url in GET_PAGES:
            with self.subTest(url=url):
                response = self.client.head(url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.content, b"")

    def test_options_lists_the_methods(self):
        """OPTIONS answers 200 with an Allow header."""
        response = self.client.options("/about/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Allow"], "GET, HEAD, OPTIONS")
        # FormView also has put(), so Django offers PUT where Flask does not.
        self.assertEqual(
            self.client.options("/contact/")["Allow"], "GET, POST, PUT, HEAD, OPTIONS"
        )

    def test_unsupported_method_is_405_with_allow(self):
        """A method a page does not take is 405 and says which ones it takes."""
        for method, url, methods in [
            ("post", "/about/", "GET, HEAD, OPTIONS"),
            ("get", "/notes/1/delete/", "POST, OPTIONS"),
            ("delete", "/api/notes/", "GET, HEAD, OPTIONS"),
        ]:
            with self.subTest(method=method, url=url):
                response = getattr(self.client, method)(url)
                self.assertEqual(response.status_code, 405)
                self.assertEqual(response["Allow"], methods)

    def test_missing_trailing_slash_redirects(self):
        """/about is redirected with 301 to the path /about/ (APPEND_SLASH)."""
        response = self.client.get("/about?x=1")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "/about/?x=1")

    def test_static_files_are_served(self):
        """WhiteNoise serves the stylesheet and the logo with their types."""
        css = self.client.get("/static/css/style.css")
        self.assertEqual(css.status_code, 200)
        self.assertEqual(css["Content-Type"], 'text/css; charset="utf-8"')
        self.assertIn(b".site-header", b"".join(css.streaming_content))
        logo = self.client.get("/static/img/logo.svg")
        self.assertEqual(logo["Content-Type"], "image/svg+xml")

    def test_unchanged_static_file_is_304(self):
        """A conditional GET with the file's ETag gets 304 Not Modified."""
        etag = self.client.get("/static/css/style.css")["ETag"]
        response = self.client.get("/static/css/style.css", HTTP_IF_NONE_MATCH=etag)
        self.assertEqual(response.status_code, 304)
