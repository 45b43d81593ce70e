"""The command line's own lines (what it did, what it found, its table headings) in the
language of ``--lang`` or of the locale, through the real command in a subprocess; English
unless another language is chosen."""

from __future__ import annotations

from conftest import run_cli

from mercator_desktop.services.exchange import export_missions

NBSP = "\u00a0"


def test_demo_in_french_then_already_loaded_in_spanish(data_dir):
    first = run_cli("--lang", "fr", "demo", data_dir=data_dir)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith(f"Données de démonstration chargées{NBSP}: ")
    assert "administrations." in first.stdout and "Demonstration" not in first.stdout
    again = run_cli("demo", data_dir=data_dir, locale="es_MX.UTF-8")
    assert again.stdout.strip() == "Los datos de demostración ya están cargados; no se agregó nada."
    english = run_cli("demo", data_dir=data_dir)
    assert english.stdout.strip() == "Demonstration data is already loaded; nothing added."


def test_import_summary_in_spanish_and_english(demo_store, data_dir, tmp_path):
    path = tmp_path / "all.csv"
    count = export_missions(demo_store, path)
    spanish = run_cli("--lang", "es", "missions", "import", str(path), data_dir=data_dir)
    assert spanish.returncode == 0, spanish.stderr
    assert spanish.stdout.strip() == (f"Se importaron {count} misiones de {path} "
                                      f"(creadas: 0, actualizadas: {count}).")
    english = run_cli("missions", "import", str(path), data_dir=data_dir)
    assert english.stdout.strip() == (f"Imported {count} missions from {path}: 0 created, "
                                      f"{count} updated.")


def test_mission_list_headings_and_count_in_the_language(demo_store, data_dir):
    french = run_cli("--lang", "fr", "missions", "list", "--country", "JM", data_dir=data_dir)
    assert french.returncode == 0, french.stderr
    lines = french.stdout.splitlines()
    assert lines[0].split() == ["CODE", "DÉBUT", "FIN", "PAYS", "RÉGION", "TYPE", "STATUT",
                                "TITRE"]
    assert lines[-1] == f"{len(lines) - 2} missions"
    spanish = run_cli("--lang", "es", "missions", "list", "--country", "JM", data_dir=data_dir)
    assert spanish.stdout.splitlines()[0].split()[:3] == ["CÓDIGO", "INICIO", "FIN"]
    assert spanish.stdout.splitlines()[-1] == f"{len(lines) - 2} misiones"


def test_arabic_and_the_locale(data_dir):
    arabic = run_cli("--lang", "ar", "missions", "list", data_dir=data_dir)
    assert (arabic.returncode, arabic.stdout.strip()) == (0, "لا توجد بعثات.")
    by_locale = run_cli("missions", "list", "--trash", data_dir=data_dir, locale="fr_FR.UTF-8")
    assert by_locale.stdout.strip() == "La corbeille est vide."
    conflicts = run_cli("--lang", "es", "experts", "conflicts", data_dir=data_dir)
    assert conflicts.stdout.strip() == "Ningún experto está asignado a misiones que se superponen."


def test_demo_removal_says_what_was_kept_in_french(demo_store, data_dir):
    removed = run_cli("--lang", "fr", "demo", "--remove", data_dir=data_dir)
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.startswith(f"Données de démonstration retirées{NBSP}: ")
    nothing = run_cli("--lang", "fr", "demo", "--remove", data_dir=data_dir)
    assert nothing.stdout.strip() == "Il n’y a pas de données de démonstration à retirer."


def test_report_lines_in_the_language_of_messages_not_of_the_report(demo_store, data_dir,
                                                                     tmp_path):
    code = "JM-2019-INTD-01"
    none = run_cli("--lang", "es", "report", code, "--issued", data_dir=data_dir)
    assert (none.returncode, none.stdout.strip()) == (
        0, f"Todavía no se ha emitido ningún informe de {code}.")
    out = tmp_path / "report.pdf"
    # the report's own --lang is the report's language; the messages follow the locale
    written = run_cli("report", code, "--out", str(out), "--lang", "en", data_dir=data_dir,
                      locale="fr_CA.UTF-8")
    assert written.returncode == 0, written.stderr
    assert written.stdout.startswith(f"{out} écrit{NBSP}: ") and " pages" in written.stdout
    english = run_cli("report", code, "--out", str(out), "--lang", "fr", data_dir=data_dir)
    assert english.stdout.startswith(f"Wrote {out}: ")


def test_backup_lines_in_the_language(demo_store, data_dir):
    demo_store.close()
    made = run_cli("--lang", "fr", "backup", "create", data_dir=data_dir)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Sauvegarde ") and "intégrité vérifiée" in made.stdout
    listed = run_cli("--lang", "ar", "backup", "list", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    assert "سليمة" in listed.stdout and "ok" not in listed.stdout
    kept = run_cli("--lang", "es", "backup", "keep", "3", data_dir=data_dir)
    assert kept.stdout.strip() == "A partir de ahora se conservan 3 copias de seguridad."
    assert run_cli("backup", "keep", data_dir=data_dir).stdout.startswith("3 backups are kept")


def test_recovery_status_in_the_language(store, data_dir):
    store.close()
    status = run_cli("--lang", "fr", "recovery", "status", data_dir=data_dir)
    assert status.returncode == 0, status.stderr
    assert status.stdout.strip().endswith(
        f"{NBSP}: non chiffré. «{NBSP}mercator-desktop recovery set{NBSP}» le chiffre.")
    english = run_cli("recovery", "status", data_dir=data_dir)
    assert english.stdout.strip().endswith(
        ": not encrypted. 'mercator-desktop recovery set' encrypts it.")


def test_templates_lines_in_the_language(tmp_path):
    data = tmp_path / "data"
    out = tmp_path / "integrity.xlsx"
    written = run_cli("--lang", "es", "templates", "export", "integrity", "--out", str(out),
                      data_dir=data)
    assert written.returncode == 0, written.stderr
    assert written.stdout.strip() == f"integrity versión 2021.1 escrita en {out}"
    back = run_cli("--lang", "fr", "templates", "import", str(out), data_dir=data)
    assert back.returncode == 0, back.stderr
    assert back.stdout.strip().endswith("version 2021.1) est déjà installé, inchangé")


def test_sync_status_in_the_language(store, data_dir):
    store.close()
    status = run_cli("--lang", "fr", "sync", "--status", data_dir=data_dir)
    assert status.returncode == 0, status.stderr
    lines = status.stdout.splitlines()
    assert lines[0] == (f"Siège{NBSP}: (non défini)  utilisateur{NBSP}: -  connecté{NBSP}: "
                        "non")
    assert lines[-1] == f"dernière synchronisation{NBSP}: jamais"
    english = run_cli("sync", "--status", data_dir=data_dir).stdout.splitlines()
    assert english[0] == "HQ: (not set)  user: -  signed in: no"
    assert english[-1] == "last sync: never"


def test_sync_progress_line_on_a_terminal_in_the_language(monkeypatch):
    import io
    import sys

    from mercator_desktop import message_language
    from mercator_desktop.sync_cli import _progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    message_language.use("es")
    try:
        _progress("send files", 3, 7)
        _progress("pull", 12, None)
    finally:
        message_language.use("en")
    _progress("push", 1, 2)
    assert terminal.getvalue() == "\renvío de archivos: 3/7\rrecepción: 12\rpush: 1/2"
