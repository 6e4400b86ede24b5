"""Importing an existing SK from its spreadsheet on the web page: every wrong line listed with its fix, nothing
recorded; the corrected file imports, and takes effect only when the Kadis confirms it with the signed scan (four
eyes): not the Sekretaris who imported it."""
import re

from conftest import PASSWORD
from pages import login

HEADER = "No;Nama;NIP;NIK;Peran;Unit Kerja;Jabatan\n"
BROKEN = HEADER + (
    "1;Budi Santoso, S.Kom;19900115 201503 1 002;;Operator SIAK;Bidang PIAK;Operator\n"
    "2;Siti Rahmawati;;6.20801600392E+15;operator;Bidang PIAK;Operator\n"
    "3;Rina Lestari;;6208024507950002;superuser;Kecamatan Sukamara;Operator\n")
FIXED = HEADER + (
    "1;Budi Santoso, S.Kom;19900115 201503 1 002;;Operator SIAK;Bidang PIAK;Operator\n"
    "2;Siti Rahmawati;;6208016003920001;operator;Bidang PIAK;Operator\n"
    "3;Rina Lestari;;6208024507950002;verifikator;Kecamatan Sukamara;Operator\n")


def fill_particulars(page):
    page.get_by_label("Nomor SK").fill("000.8.3.3/118/Dukcapil/2024")
    page.get_by_label(re.compile("Tanggal ditetapkan")).fill("2024-02-01")
    page.get_by_label(re.compile("Berlaku mulai")).fill("2024-02-05")
    page.get_by_label("Nama penanda tangan (Kepala Dinas)").fill("ZAINUDDIN, S.Sos")
    page.get_by_label("NIP penanda tangan").fill("19650218 198705 1 003")


def test_import_lists_every_wrong_line(browser, sukamara, tmp_path):
    broken, fixed = tmp_path / "sk-2024.csv", tmp_path / "sk-2024-perbaikan.csv"
    broken.write_text(BROKEN)
    fixed.write_text(FIXED)
    context = browser.new_context(locale="id-ID")
    page = login(context, sukamara.url, "aminah", PASSWORD)
    page.goto(f"{sukamara.url}/decrees/import")
    fill_particulars(page)
    page.get_by_label("Lampiran SK (CSV)").set_input_files(str(broken))
    page.get_by_role("button", name="Impor").click()
    problem = page.locator(".problem").inner_text()
    assert "Tidak ada yang dicatat" in problem, problem
    items = page.locator(".problem li").all_inner_texts()
    assert any("3" in item and "Text" in item for item in items), items
    assert any("4" in item and "superuser" in item for item in items), items
    page.goto(f"{sukamara.url}/decrees")
    assert "000.8.3.3/118/Dukcapil/2024" not in page.inner_text("main")

    page.goto(f"{sukamara.url}/decrees/import")
    fill_particulars(page)
    page.get_by_label("Lampiran SK (CSV)").set_input_files(str(fixed))
    # Siti and Rina are named by NIK only: each confirmed with a note (without, the import is refused).
    page.get_by_label(re.compile("Konfirmasi peringatan")).fill(
        "no-nip:nik:6208016003920001=pegawai kontrak Bidang PIAK\nno-nip:nik:6208024507950002=tenaga kontrak kecamatan")
    page.get_by_role("button", name="Impor").click()
    page.wait_for_url(f"{sukamara.url}/decrees")
    listed = page.inner_text("main")
    assert "000.8.3.3/118/Dukcapil/2024" in listed and "menunggu konfirmasi" in listed, listed
    # The importer has no link to confirm it, and the confirmation page refuses her.
    assert page.get_by_role("link", name="Konfirmasi SK").count() == 0
    refused = page.goto(f"{sukamara.url}/decrees/confirm")
    assert refused.status == 403, refused.status
    context.close()

    # The Kadis sees it in his inbox and confirms it with the scan of the signed SK.
    scan = tmp_path / "sk-2024-bertanda-tangan.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
                     b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    context = browser.new_context(locale="id-ID")
    page = login(context, sukamara.url, "zainuddin", PASSWORD)
    page.goto(f"{sukamara.url}/inbox")
    page.get_by_role("link", name="SK 000.8.3.3/118/Dukcapil/2024").click()
    page.get_by_label(re.compile("Pindaian SK yang ditandatangani")).set_input_files(str(scan))
    page.get_by_role("button", name="Konfirmasi SK").click()
    page.wait_for_url(f"{sukamara.url}/decrees")
    row = page.locator("tr", has_text="000.8.3.3/118/Dukcapil/2024").inner_text()
    assert "menunggu konfirmasi" not in row, row
    context.close()
