"""The Sukamara SOP through the web pages, by the right officials: a proposal list filed by the Kasi SIAK, the
paraf of the Kabid PIAK and the Sekretaris, the Kadis's partial approval, the SK drafted by the Sekretaris and signed
by the Kadis with its scan, the accounts, the handover."""
import re
import subprocess

from conftest import PASSWORD, ROOT
from pages import login, logout, open_request, problem_text

LIST = ROOT / "seeds" / "sukamara" / "usulan-2025.csv"


def test_sukamara_end_to_end(browser, sukamara, shots):
    url = sukamara.url
    context = browser.new_context(locale="id-ID", viewport={"width": 1280, "height": 800})

    # Step 1: the Kasi SIAK files the proposal list.
    kasi = login(context, url, "ahmad", PASSWORD)
    kasi.goto(f"{url}/requests/new")
    kasi.get_by_label("Daftar usulan (CSV)").first.set_input_files(str(LIST))
    kasi.get_by_label("Catatan", exact=True).fill("usulan petugas pengelola SIAK 2025")
    kasi.get_by_role("button", name="Ajukan").click()
    # Rina and Nur Haliza are named by NIK only (not ASN by their numbers): the list is refused until the Kasi
    # confirms each with a note; nothing is filed meanwhile.
    problem = kasi.locator(".problem").inner_text()
    assert "tanpa NIP maupun NI PPPK" in problem, problem
    assert "no-nip:nik:6208024507950002" in problem and "no-nip:nik:6208034809970003" in problem, problem
    kasi.get_by_label("Daftar usulan (CSV)").first.set_input_files(str(LIST))
    kasi.get_by_label(re.compile("Konfirmasi peringatan")).fill(
        "no-nip:nik:6208024507950002=tenaga kontrak Kecamatan Sukamara, surat tugas Camat\n"
        "no-nip:nik:6208034809970003=tenaga kontrak Kecamatan Pantai Lunci, surat tugas Camat")
    kasi.get_by_role("button", name="Ajukan").click()
    kasi.wait_for_url(re.compile(r".*/requests/REQ-\d{4}-0001\?done=filed"))
    request = re.search(r"REQ-\d{4}-0001", kasi.url).group(0)
    for name in ["Budi Santoso", "Siti Rahmawati", "Rina Lestari", "NUR HALIZA", "MUHAMMAD RIFAI"]:
        assert name in kasi.inner_text("main"), name
    assert "Langkah ini tidak menunggu Anda" in kasi.inner_text("main")
    logout(kasi)

    # Step 2 is a paraf chain: not yet the Kadis's turn.
    kadis = login(context, url, "zainuddin", PASSWORD)
    assert request not in kadis.inner_text("main"), "the Kadis's inbox is empty until the paraf"
    logout(kadis)
    for official, note in [("hendra", "paraf Kabid PIAK"), ("aminah", "paraf Sekretaris")]:
        page = login(context, url, official, PASSWORD)
        assert request in page.inner_text("main"), f"{official}'s inbox shows the request"
        if official == "hendra":
            page.screenshot(path=str(shots / "inbox-kabid.png"), full_page=True)
        page.get_by_role("link", name=request).click()
        page.get_by_label("Catatan", exact=True).fill(note)
        page.get_by_role("button", name="Paraf").click()
        page.wait_for_url(re.compile(r".*\?done=approve"))
        assert "Tercatat." in page.inner_text("main")
        logout(page)

    # The Kadis: striking everyone is refused in plain words; striking one name with a reason goes on.
    kadis = login(context, url, "zainuddin", PASSWORD)
    assert request in kadis.inner_text("main")
    open_request(kadis, url, request)
    for box in kadis.get_by_role("checkbox").all():
        box.check()
    kadis.get_by_role("button", name=re.compile("Setujui")).click()
    assert "Ditolak" in problem_text(kadis)
    assert "reject" in problem_text(kadis).lower() or "tolak" in problem_text(kadis).lower()
    open_request(kadis, url, request)
    kadis.get_by_label("NUR HALIZA, A.Md.Kom").check()
    kadis.locator("input[name='reason:nik:6208034809970003']").fill("belum mengikuti bimtek SIAK")
    kadis.get_by_label("Catatan", exact=True).fill("disetujui sebagian")
    kadis.get_by_role("button", name=re.compile("Setujui")).click()
    kadis.wait_for_url(re.compile(r".*\?done=approve"))
    assert "Dicoret dari daftar" in kadis.inner_text("main") and "belum mengikuti bimtek SIAK" in kadis.inner_text("main")
    logout(kadis)

    # Step 3: the Sekretaris drafts the SK; the signer is never typed (the form has no field for it).
    sekretaris = login(context, url, "aminah", PASSWORD)
    open_request(sekretaris, url, request)
    sekretaris.get_by_role("link", name=re.compile("Buat dan catat SK")).click()
    assert sekretaris.get_by_label("Nama penanda tangan (Kepala Dinas)").count() == 0
    assert "dicatat oleh Kepala Dinas sendiri" in sekretaris.inner_text("main")
    sekretaris.get_by_label("Nomor SK").fill("000.8.3.3/240/Dukcapil/2025")
    sekretaris.get_by_role("button", name="Catat SK").click()
    sekretaris.wait_for_url(re.compile(r".*\?done=decree"))
    sekretaris.goto(f"{url}/decrees")
    assert "000.8.3.3/240/Dukcapil/2025" in sekretaris.inner_text("main")
    assert "menunggu tanda tangan" in sekretaris.inner_text("main"), "the draft grants nothing yet"
    refused = sekretaris.goto(f"{url}/requests/{request}/sign")
    assert refused.status == 403, "only the Kadis signs"
    logout(sekretaris)

    # The Kadis signs it as himself (name and NIP from the directory), with the scan of the signed paper.
    scan = shots / "sk-ditandatangani.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                     b"trailer<</Root 1 0 R>>\n%%EOF\n")
    kadis = login(context, url, "zainuddin", PASSWORD)
    open_request(kadis, url, request)
    kadis.get_by_role("link", name=re.compile("Tanda tangani SK")).click()
    assert "ZAINUDDIN, S.Sos (NIP 19650218 198705 1 003)" in kadis.inner_text("main")
    kadis.get_by_label(re.compile("Pindaian SK")).set_input_files(str(scan))
    kadis.get_by_role("button", name="Catat tanda tangan").click()
    kadis.wait_for_url(re.compile(r".*\?done=sign"))
    assert "SK ditandatangani" in kadis.inner_text("main")
    logout(kadis)

    sekretaris = login(context, url, "aminah", PASSWORD)

    # The SK printed as PDF from the request page, kept in the archive, checked with poppler.
    open_request(sekretaris, url, request)
    sekretaris.get_by_label("Cetak dokumen").select_option("sk-kadis")
    sekretaris.get_by_label("Bentuk").select_option("pdf")
    with sekretaris.expect_download() as download:
        sekretaris.get_by_role("button", name="Cetak dan simpan").click()
    pdf = shots / "sk-kadis.pdf"
    download.value.save_as(str(pdf))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 2, info
    text = " ".join(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())
    for expected in ["000.8.3.3/240/Dukcapil/2025", "Budi Santoso", "Siti Rahmawati", "Rina Lestari", "MUHAMMAD RIFAI", "ZAINUDDIN"]:
        assert expected.lower() in text.lower(), expected
    assert "NUR HALIZA" not in text, "the struck name is not in the SK"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(shots / "sk-kadis")], check=True)
    open_request(sekretaris, url, request)
    assert "SK Kadis" in sekretaris.inner_text("main"), "the printed SK is listed among the request's documents"
    logout(sekretaris)

    # Step 4 and 5: the ADB approves the creation once the bridge has created every account of the SK (the server
    # syncs in the background), then hands them over, the password shown once, never cached.
    adb = login(context, url, "dewi", PASSWORD)
    for _ in range(60):
        open_request(adb, url, request)
        if "semua akun dalam SK sudah dibuat" in adb.inner_text("main"):
            break
        adb.wait_for_timeout(500)
    assert "semua akun dalam SK sudah dibuat" in adb.inner_text("main"), adb.inner_text("main")
    adb.get_by_role("button", name=re.compile("Setujui")).click()
    adb.wait_for_url(re.compile(r".*\?done=approve"))
    for person, receiver in [("19900115201503 1 002", "Budi Santoso"), ("6208016003920001", "Siti Rahmawati"),
                             ("6208024507950002", "Rina Lestari"), ("19930408 201902 1 006", "Muhammad Rifai")]:
        adb.goto(f"{url}/handover?request={request}")
        adb.get_by_label(re.compile("Petugas")).fill(person.replace(" ", ""))
        adb.get_by_label(re.compile("Diterima oleh")).fill(receiver)
        with adb.expect_response(lambda r: r.url.endswith("/handover") and r.request.method == "POST") as answer:
            adb.get_by_role("button", name=re.compile("serahkan")).click()
        assert answer.value.headers.get("cache-control") == "no-store"
        assert adb.locator(".secret").count() == 1, adb.inner_text("main")
        secret = adb.locator(".secret").inner_text()
        assert re.fullmatch(r"[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}", secret), secret
        if receiver == "Budi Santoso":
            adb.screenshot(path=str(shots / "handover-receipt.png"), full_page=True)
    open_request(adb, url, request)
    assert "selesai" in adb.inner_text("main")
    adb.goto(f"{url}/roster")
    roster = adb.inner_text("main")
    assert "Budi Santoso" in roster and "NUR HALIZA" not in roster
    logout(adb)
    context.close()
