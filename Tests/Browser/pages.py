"""What an official does on the pages, step by step."""
import re


def login(context, url, uid, password, lang=None):
    page = context.new_page()
    page.goto(f"{url}/login" + (f"?lang={lang}" if lang else ""))
    page.get_by_label(re.compile("Nama pengguna|Username")).fill(uid)
    page.get_by_label(re.compile("Kata sandi|Password")).fill(password)
    page.get_by_role("button", name=re.compile("^(Masuk|Log in)$")).click()
    page.wait_for_url(f"{url}/inbox")
    return page


def logout(page):
    page.get_by_role("button", name=re.compile("^(Keluar|Log out)$")).click()
    page.wait_for_url(re.compile(".*/login"))
    page.close()


def open_request(page, url, request):
    page.goto(f"{url}/requests/{request}")


def problem_text(page):
    return page.locator(".problem").inner_text()
