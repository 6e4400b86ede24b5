"""The Mojokerto SOP through the web pages: one applicant's letter, the Kadis's and the Kabid's dispositions, the
Kasi's integrity pact, the ADB; the refusals shown in plain words; English on request; a cross-site write refused."""
import base64
import json
import re
import subprocess

from conftest import PASSWORD
from pages import login, logout, open_request, problem_text

# A 1×1 PNG: a scan of the biodata form, as far as the server can tell.
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def test_mojokerto_end_to_end(browser, mojokerto, shots, tmp_path):
    url = mojokerto.url
    context = browser.new_context(locale="id-ID")
    scan = tmp_path / "biodata-dewi.png"
    scan.write_bytes(PNG)

    kasi = login(context, url, "bambang", PASSWORD)
    kasi.goto(f"{url}/requests/new")
    kasi.get_by_label("Nama", exact=True).fill("Dewi Anggraini")
    kasi.get_by_label("NIK", exact=True).fill("3576014202980001")
    kasi.get_by_label("Unit kerja").fill("Kelurahan Kranggan")
    kasi.get_by_label(re.compile("Nomor dokumen")).fill("045/KRG/XI/2025")
    kasi.get_by_role("button", name="Ajukan").click()
    # A kelurahan operator named by NIK only: refused until confirmed with a note; the typed fields are kept.
    assert "no-nip:nik:3576014202980001" in problem_text(kasi), problem_text(kasi)
    assert kasi.get_by_label("NIK", exact=True).input_value() == "3576014202980001"
    kasi.get_by_label(re.compile("Konfirmasi peringatan")).fill(
        "no-nip:nik:3576014202980001=tenaga kontrak Kelurahan Kranggan, surat tugas Lurah 800/45")
    kasi.get_by_role("button", name="Ajukan").click()
    kasi.wait_for_url(re.compile(r".*/requests/REQ-\d{4}-0001\?done=filed"))
    request = re.search(r"REQ-\d{4}-0001", kasi.url).group(0)
    logout(kasi)

    kadis = login(context, url, "imron", PASSWORD)
    open_request(kadis, url, request)
    assert kadis.get_by_role("button", name=re.compile("Tolak")).count() == 1, "the Kadis may refuse a letter addressed to him"
    kadis.get_by_label("Catatan", exact=True).fill("diteruskan ke Kabid")
    kadis.get_by_role("button", name=re.compile("Setujui")).click()
    kadis.wait_for_url(re.compile(r".*\?done=approve"))
    logout(kadis)

    # The Kabid without the Kadis's disposition on record: refused, in plain words, nothing recorded.
    # A scan sent with the refused step is not kept either.
    kabid = login(context, url, "sulastri", PASSWORD)
    open_request(kabid, url, request)
    refused_scan = tmp_path / "biodata-ditolak.png"
    refused_scan.write_bytes(PNG + b"refused step")
    kabid.locator("input[name='evidence_file:biodata-operator']").set_input_files(str(refused_scan))
    kabid.get_by_role("button", name=re.compile("Setujui")).click()
    assert "Ditolak" in problem_text(kabid) and "disposisi-kadis" in problem_text(kabid), problem_text(kabid)
    kabid.screenshot(path=str(shots / "refusal-kabid.png"), full_page=True)
    open_request(kabid, url, request)
    assert "biodata-ditolak.png" not in kabid.inner_text("main"), "a scan sent with a refused step is not kept"
    kabid.locator("input[name='evidence_ref:disposisi-kadis']").fill("DISP/112/XI/2025")
    kabid.locator("input[name='evidence_file:biodata-operator']").set_input_files(str(scan))
    kabid.get_by_label("Catatan", exact=True).fill("disposisi ke Kasi; biodata diisi")
    kabid.get_by_role("button", name=re.compile("Setujui")).click()
    kabid.wait_for_url(re.compile(r".*\?done=approve"))
    assert "biodata-dewi.png" in kabid.inner_text("main") and "SHA-256" in kabid.inner_text("main")
    logout(kabid)

    kasi = login(context, url, "bambang", PASSWORD)
    open_request(kasi, url, request)
    kasi.locator("input[name='evidence_ref:pakta-integritas']").fill("PI/07/XI/2025")
    kasi.get_by_role("button", name=re.compile("Setujui")).click()
    kasi.wait_for_url(re.compile(r".*\?done=approve"))
    logout(kasi)

    adb = login(context, url, "wahyu", PASSWORD)
    open_request(adb, url, request)
    adb.get_by_role("button", name=re.compile("Setujui")).click()
    adb.wait_for_url(re.compile(r".*\?done=approve"))
    # The applicant receives the account at the handover step; the Kasi records it.
    logout(adb)
    kasi = login(context, url, "bambang", PASSWORD)
    kasi.goto(f"{url}/handover?request={request}")
    kasi.get_by_label(re.compile("Petugas")).fill("3576014202980001")
    kasi.get_by_label(re.compile("Diterima oleh")).fill("Dewi Anggraini")
    kasi.get_by_role("button", name=re.compile("serahkan")).click()
    assert kasi.locator(".secret").count() == 1, kasi.inner_text("main")
    handed = kasi.locator(".secret").inner_text().strip()
    username = kasi.locator("dt:has-text('Nama pengguna') + dd").inner_text().strip()
    open_request(kasi, url, request)
    assert "selesai" in kasi.inner_text("main")
    logout(kasi)
    context.close()

    # The operator, at her kelurahan without any login to the office server, sets her own password on the page.
    operator = browser.new_context(locale="id-ID").new_page()
    operator.goto(f"{url}/login")
    operator.get_by_role("link", name=re.compile("Ganti kata sandi")).click()
    operator.get_by_label("Username SIAK").fill(username)
    operator.get_by_label("Kata sandi saat ini").fill(handed)
    operator.get_by_label("Kata sandi baru", exact=True).fill("Kranggan-2026-aman")
    operator.get_by_label("Ulangi kata sandi baru").fill("Kranggan-2026-aman")
    operator.get_by_role("button", name="Ganti kata sandi").click()
    assert "sudah diganti" in operator.inner_text("main"), operator.inner_text("main")
    assert handed not in operator.content() and "Kranggan-2026-aman" not in operator.content()
    operator.screenshot(path=str(shots / "ganti-sandi.png"), full_page=True)
    # The new password binds at the directory with no change demanded; the handed-over one no longer.
    instance = json.loads(next(mojokerto.home.rglob("instance.json")).read_text())
    dn = f"uid={username},ou=operators,{instance['baseDN']}"
    bound = subprocess.run(["ldapwhoami", "-x", "-e", "ppolicy", "-H", instance["ldapURI"], "-D", dn, "-w", "Kranggan-2026-aman"],
                           capture_output=True, text=True)
    assert bound.returncode == 0 and "dn:" + dn in bound.stdout and "change after reset" not in (bound.stdout + bound.stderr).lower(), bound
    old = subprocess.run(["ldapwhoami", "-x", "-H", instance["ldapURI"], "-D", dn, "-w", handed], capture_output=True, text=True)
    assert old.returncode == 49, old

    # Later she forgets it: the request lands in the ADB's inbox (nothing is sent to her), with her contact.
    operator.goto(f"{url}/akun/ganti-sandi")
    operator.get_by_role("link", name="Lupa kata sandi?").click()
    operator.get_by_label("Username SIAK").fill(username)
    operator.get_by_label("6 digit terakhir NIK").fill("980001")
    operator.get_by_label(re.compile("Kontak")).fill("Kelurahan Kranggan, 0812-3456-7890")
    operator.get_by_role("button", name="Minta kata sandi baru").click()
    assert "ADB menyerahkannya langsung" in operator.inner_text("main"), operator.inner_text("main")
    operator.context.close()
    staff = browser.new_context(locale="id-ID")
    adb = login(staff, url, "wahyu", PASSWORD)
    inbox = adb.inner_text("main")
    assert "Permintaan kata sandi baru" in inbox and username in inbox and "0812-3456-7890" in inbox, inbox
    logout(adb)
    kasi = login(staff, url, "bambang", PASSWORD)
    assert "Permintaan kata sandi baru" not in kasi.inner_text("main"), "only the account administrators see it"
    staff.close()


def test_english_and_keyboard(browser, mojokerto):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.goto(f"{mojokerto.url}/login")
    assert page.locator("html").get_attribute("lang") == "en", "the browser's English is honoured"
    page.goto(f"{mojokerto.url}/login?lang=id")
    assert page.locator("html").get_attribute("lang") == "id"
    page.goto(f"{mojokerto.url}/login")
    assert page.locator("html").get_attribute("lang") == "id", "the choice is remembered"
    # Keyboard only: the username field has the focus, Tab reaches the password, Enter submits.
    page.goto(f"{mojokerto.url}/login?lang=en")
    assert page.evaluate("document.activeElement.id") == "username"
    page.keyboard.type("imron")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{mojokerto.url}/inbox")
    assert page.get_by_role("heading", name="Inbox").count() == 1
    # Every form field of the request form has a label.
    page.goto(f"{mojokerto.url}/requests/new")
    unlabelled = page.evaluate("""() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
        .filter(e => !e.labels || e.labels.length === 0).map(e => e.name)""")
    assert unlabelled == [], unlabelled
    context.close()


def test_cross_site_write_refused(browser, mojokerto):
    context = browser.new_context()
    page = login(context, mojokerto.url, "bambang", PASSWORD)
    # A form another site could post with the official's cookie: no CSRF token.
    answer = context.request.post(f"{mojokerto.url}/requests/new", form={"name": "Mallory", "nik": "3576014202980001",
                                                                          "role": "operator", "unit": "x"})
    assert answer.status == 403, answer.text()
    assert "CSRF" in answer.text()
    page.goto(f"{mojokerto.url}/requests")
    assert "Mallory" not in page.inner_text("main") and "REQ-" not in page.inner_text("main")
    context.close()
