"""The English words of every coded message, and how a message is made from its code.

A rule or service below the interface says ``say(code, name=value)`` (a field's problem:
``problem(field, code, name=value)``): the result is the English text of ``TEXTS[code]``
filled with the values, so the log and any ``str()`` read it as before, and it carries its
code and values so that the interface (``ui/problem_texts.py`` holds each text wrapped for
translation; a test keeps both lists the same) and the command line (``message_language``)
say it again in the person's language. A value may itself be a coded text: it is said in
that language too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from .errors import FieldProblem

TEXTS: dict[str, str] = {
    "code_required": "a mission code is required",
    "code_format": "use 2 to 40 letters, digits, '-', '_', '.' or '/', e.g. JM-2019-INTD-01",
    "title_required": "a title is required",
    "title_too_long": "keep the title under {limit} characters",
    "end_before_start": "the end date {end} is before the start date {start}",
    "session_outside_mission": "{day} is outside the mission dates ({start} to {end})",
    "session_ends_before_start": "the session ends before it starts",
    "no_mission_code": "no mission with code '{code}'",
    "counterpart_needs_name": "a counterpart needs a name",
    "counterpart_gone": "the counterpart no longer exists",
    "mission_gone": "the mission no longer exists (it may be in the trash)",
    "agenda_item_gone": "the agenda item no longer exists",
    "unknown_mission_type": "unknown mission type '{value}'",
    "unknown_topic": "unknown topic '{value}'",
    "unknown_status": "unknown status '{value}'",
    "unknown_country": "unknown country code '{value}'",
    "unknown_programme": "unknown programme",
    "code_taken": "another mission already has the code '{code}'",
    "lead_needed_past_planned": "a mission past 'planned' needs a lead expert",
    "lead_needed": "a mission that is {status} needs a lead expert",
    "unknown_role": "unknown role '{value}'",
    "team_expert_gone": "an expert of the team no longer exists",
    "one_lead_only": "a mission has only one lead expert",
    "expert_twice": "an expert is listed twice",
    "unknown_link_kind": "unknown link kind '{value}'",
    "unknown_code": "unknown code '{value}'",
    "activity_required": "say what happens in this session",
    "in_session": "session {number} ({day}): {message}",
    "counterpart_n_needs_name": "counterpart {number} needs a name",
    "status_move": "a mission cannot move from {current} to {target}; possible: {moves}",
    "sessions_before_start": (
        "the agenda has sessions on {day}, before this start date; move or remove them first"),
    "sessions_after_end": (
        "the agenda has sessions on {day}, after this end date; move or remove them first"),
    "expert_gone": "the expert no longer exists (they may be in the trash)",
    "name_required": "a name is required",
    "not_email": "'{value}' is not an e-mail address",
    "language_codes": "'{value}': use ISO language codes such as en, fr, es",
    "unknown_category": "unknown category '{value}'",
    "accreditation_in_future": "the accreditation date is in the future",
    "expert_exists": "an expert named '{name}' exists already",
    "administration_needs_name": "the administration needs a name",
    "already_booked": "{expert} is already booked on {bookings}",
    "changed_meanwhile": "changed meanwhile by someone else: {fields}",
    "import_failed": "{source}: {problem}; nothing was imported",
    "import_failed_more": "{source}: {problem} (and {more} more problems); nothing was imported",
    "at_line": "line {line}: {message}",
    "at_row": "row {line}: {message}",
    "at_record": "record {line}: {message}",
    "at_line_column": "line {line}, column '{column}': {message}",
    "at_row_column": "row {line}, column '{column}': {message}",
    "at_record_column": "record {line}, column '{column}': {message}",
    "at_column": "column '{column}': {message}",
    "not_strength_or_gap": "'{value}' is neither a strength nor a gap",
    "finding_text_required": "say what was found",
    "recommendation_text_required": "say what is recommended",
    "action_text_required": "say what is to be done",
    "assessment_not_of_mission": "the assessment is not one of this mission's",
    "unknown_priority": "unknown priority '{value}'; use high, medium or low",
    "finding_not_of_mission": "the finding is not one of this mission's",
    "progress_gone": "the progress update no longer exists (it may be in the trash)",
    "at_most_characters": "at most {limit} characters",
    "unknown_timeframe": "unknown timeframe '{value}'; use short, medium or long",
    "recommendation_not_of_mission": "the recommendation is not one of this mission's",
    "action_item_gone": "the action item no longer exists (it may be in the trash)",
    "finding_gone": "the finding no longer exists (it may be in the trash)",
    "recommendation_gone": "the recommendation no longer exists (it may be in the trash)",
    "finding_not_there": "the finding is not there any more",
    "recommendation_not_there": "the recommendation is not there any more",
    "action_item_not_there": "the action item is not there any more",
    "finding_not_in_trash": "the finding is not in the trash",
    "recommendation_not_in_trash": "the recommendation is not in the trash",
    "action_item_not_in_trash": "the action item is not in the trash",
    "percentage_range": "a percentage between 0 and 100",
    "date_in_future": "the date is in the future",
    "no_such_mission": "no such mission (or it is in the trash)",
    "unknown_link_kind_use": "unknown kind of link '{value}'; use tfa, arusha or geoat",
    "unknown_code_for": "unknown code '{value}' for {kind}",
    "unknown_status_use": "unknown status '{value}'; use {choices}",
    "restore_mission_first": "restore the mission first (it is in the trash)",
    "list_changed": "the list changed meanwhile; look at it again and move the item anew",
    "template_not_installed": (
        "The checklist template '{template}' version {version} is not installed; install it (or "
        "sync with HQ) to open this assessment."),
    "no_template": "no checklist template '{template}'",
    "no_template_version": "no checklist template '{template}' version {version}",
    "template_languages": "the template is written in {languages}, not '{value}'",
    "no_question": "no question '{question}' in this checklist",
    "no_na": "this question cannot be marked N/A",
    "note_is_text": "a note is a text",
    "assessment_locked": "This assessment is validated and locked; reopen it first.",
    "no_such_question": "no such question in this checklist",
    "validator_required": "the validator's name is needed",
    "reopen_reason_required": "say why the assessment is reopened",
    "assessment_move": "a {current} assessment cannot become {target}",
    "only_draft_upgrades": "only a draft can move to a newer template version; reopen it first",
    "no_version_of": "no version {version} of '{template}'",
    "version_not_newer": "version {version} is not newer than {current}",
    "version_lacks_language": "version {version} has no '{value}' text",
    "no_assessment": "no assessment '{id}' (or it is in the trash)",
    "assessment_validated_by": (
        "This assessment was validated by {validator} and is locked. Reopen it, giving a reason,"
        " to change it."),
    "assessment_validated": (
        "This assessment was validated and is locked. Reopen it, giving a reason, to change it."),
    "file_unreadable": "'{path}' is not a file that can be read",
    "note_required": "write the note first",
    "attachment_too_large": "the file is {size} MB; attachments are limited to {limit} MB",
    "no_attached_file": "no attached file '{id}'",
    "evidence_file_missing": (
        "the file of '{name}' is missing from the data folder (not synced yet?)"),
    "locked_no_evidence_added": (
        "This assessment is validated and locked; reopen it, giving a reason, to add evidence."),
    "no_evidence": "no evidence '{id}'",
    "locked_no_evidence_changed": (
        "This assessment is validated and locked; reopen it, giving a reason, to change its "
        "evidence."),
    "rating_whole_number": "a rating is one of the scale's whole numbers",
    "not_on_scale": "{value} is not on the scale ({allowed})",
    "answer_yes_partly_no": "the answer is yes, partly or no",
    "answer_text": "the answer is a text",
    "date_format": "a date is written YYYY-MM-DD, e.g. 2024-03-21",
    "not_a_choice": "'{value}' is not one of the choices",
    "answer_choices": "the answer is a list of choices",
    "answer_number": "the answer is a number",
    "answer_whole_number": "the answer is a whole number",
    "at_least": "at least {limit}",
    "at_most": "at most {limit}",
    "sync_too_slow": (
        "The sync took longer than {seconds} seconds, so the sync stopped. Your work is kept; "
        "what HQ confirmed stays confirmed, the rest is sent at the next sync."),
    "answer_too_slow": (
        "HQ's answer took longer than {seconds} seconds, so the sync stopped. Your work is kept;"
        " what HQ confirmed stays confirmed, the rest is sent at the next sync."),
    "not_hq": (
        "{url} answered, but not as Mercator HQ. On hotel or airport Wi-Fi, open a web browser "
        "and accept the network's terms first; nothing was marked as sent."),
    "sync_offline": (
        "HQ cannot be reached now: this computer is offline, or HQ is not running. Your work is "
        "kept and will be sent at the next sync."),
    "sync_timeout": (
        "HQ did not answer in time. Your work is kept and will be sent at the next sync."),
    "sync_unavailable": (
        "HQ is unavailable for the moment. Your work is kept and will be sent at the next sync."),
    "hq_failed_later": (
        "HQ answered but could not do this now. Your work is kept and will be sent at the next "
        "sync."),
    "sign_in_refused": "HQ refused the sign-in: {reason}",
    "request_refused": "HQ refused the request: {reason}",
    "sign_in_again": "Sign in to HQ again: {reason}",
    "sign_in_first": "sign in to HQ first",
    "enter_user_password": "enter your HQ user name and password",
    "server_address_form": "the server address must look like https://hq.example.org",
    "http_local_only": (
        "plain http:// is allowed only to this computer (localhost); use https:// for HQ"),
    "hq_offline": "no connection to HQ: this computer is offline, or HQ is not running",
    "hq_timeout": "HQ did not answer in time",
    "hq_unavailable": "HQ is unavailable for the moment",
    "deadline_sync": (
        "the sync took longer than {seconds} s, the time allowed; nothing unconfirmed was marked"
        " as sent"),
    "deadline_answer": (
        "HQ's answer took longer than {seconds} s, the time allowed; nothing unconfirmed was "
        "marked as sent"),
    "not_hq_status": (
        "{url} answered, but not as Mercator HQ (HTTP {status}); nothing was marked as sent."),
    "not_hq_portal": (
        "{url} answered, but not as Mercator HQ (HTTP {status}, {type}). On hotel or airport "
        "Wi-Fi, open a web browser and accept the network's terms first; nothing was marked as "
        "sent."),
    "not_protocol": "HQ's answer to {path} is not what protocol {version} says: {detail}",
    "hq_failed": "HQ failed: {reason}",
    "keep_mine_or_theirs": "choose 'mine' or 'theirs'",
    "conflict_closed": "this conflict is no longer open",
    "conflict_record_gone": "the record of this conflict no longer exists",
    "unknown_record_kind": "unknown kind of record '{value}'",
    "record_gone": "this record no longer exists",
    "no_hq_version": (
        "HQ never had this record, so there is no HQ version to go back to: correct it (e.g. "
        "rename the mission) or delete it"),
    "client_too_old": (
        "HQ needs a newer Mercator Desktop (sync protocol {protocol}, version {version} or "
        "later); this is {mine}, protocol {my_protocol}. Install the newer version to sync; your"
        " work stays here."),
    "hq_too_old": (
        "HQ speaks sync protocol {protocol}, older than this Mercator Desktop ({low} to {high});"
        " HQ needs an update before you can sync."),
    "hq_too_old_says": (
        "HQ speaks sync protocol {protocol}, older than this Mercator Desktop ({low} to {high});"
        " HQ needs an update before you can sync. HQ says: {message}"),
    "epoch_keeps_changing": "HQ keeps changing its epoch; try again later",
    "cancelled_confirmed_kept": "sync cancelled; what HQ confirmed is kept",
    "cancelled_received_kept": "sync cancelled; what was received is kept",
    "resync_keeps_coming": "HQ keeps asking for a full resync; try again later",
    "mass_deletion": (
        "HQ's changes would delete {count} of your {total} records ({share}). Nothing was "
        "deleted. If this is expected, sync again and allow the deletions; otherwise ask HQ."),
    "file_not_listed": "HQ no longer lists this file among yours",
    "say_which_hq": "say which HQ with --server URL",
    "sign_in_to_first": "sign in to {server} first: {command}",
    "session_unknown": "sign in again: your session is unknown, expired or signed out",
    "wrong_password": "wrong user name or password",
    "hq_speaks_protocols": (
        "this HQ speaks sync protocol {low} to {high}; your Mercator Desktop speaks {yours}"),
    "batch_too_large": "send at most {limit} changes per batch",
    "batch_id_taken": "this batch id is taken; send it with a new one",
    "epoch_changed": (
        "HQ's database was restored or changed epoch; say hello again and send what it lacks"),
    "file_held_bytes": "HQ holds {held} bytes of this file; send from there",
    "chunk_past_size": "the chunk goes past the file's size",
    "file_hash_mismatch": (
        "the file's bytes do not match its SHA-256; HQ kept nothing of it: send it again"),
    "file_not_held": "HQ does not hold this file yet",
    "file_not_yours": "no record among your missions refers to this file",
    "file_too_large": "HQ takes files of at most {limit} bytes; this one has {size}",
    "chunk_too_large": "send at most {limit} bytes per chunk",
    "chunk_empty": "the chunk is empty",
    "too_many_account_locked_seconds": (
        "too many failed sign-ins for this account: sign-in is locked; try again after {when} "
        "(in {count} seconds)"),
    "too_many_account_locked_minutes": (
        "too many failed sign-ins for this account: sign-in is locked; try again after {when} "
        "(in {count} minutes)"),
    "too_many_address_locked_seconds": (
        "too many failed sign-ins for your network address: sign-in is locked; try again after "
        "{when} (in {count} seconds)"),
    "too_many_address_locked_minutes": (
        "too many failed sign-ins for your network address: sign-in is locked; try again after "
        "{when} (in {count} minutes)"),
    "too_many_account_wait_seconds": (
        "too many failed sign-ins for this account: wait {count} seconds before trying again"),
    "too_many_account_wait_minutes": (
        "too many failed sign-ins for this account: wait {count} minutes before trying again"),
    "too_many_address_wait_seconds": (
        "too many failed sign-ins for your network address: wait {count} seconds before trying "
        "again"),
    "too_many_address_wait_minutes": (
        "too many failed sign-ins for your network address: wait {count} minutes before trying "
        "again"),
    "hq_busy_signing_in": "HQ is busy signing people in; try again in a minute",
    "use_import_kinds": (
        "{name}: use a .csv, .json or spreadsheet (.xlsx, .xls, .ods) file (got '{suffix}')"),
    "use_export_kinds": "{name}: use a .csv, .xlsx or .json file (got '{suffix}')",
    "no_such_file": "{path}: no such file",
    "cannot_read": "{path}: cannot be read ({reason})",
    "cannot_write": "{path}: cannot be written ({reason})",
    "is_a_folder": "{path}: cannot be read (it is a folder)",
    "required_column_missing": "required column missing (the header needs {columns})",
    "unknown_column": "unknown column; known columns are {columns}",
    "column_twice": "the column appears twice in the header",
    "cells_too_many": (
        "{cells} cells but the header has {width} columns (a separator inside an unquoted cell?)"),
    "value_right_of_header": "a value right of the last column of the header",
    "cells_too_few": "{cells} cells but the header has {width} columns (a missing separator?)",
    "not_json": "not valid JSON: {detail}",
    "json_array_expected": "expected a JSON array of mission objects",
    "required_field_missing": "required field missing",
    "unknown_field": "unknown field; known fields are {fields}",
    "code_also_on_line": "the code '{code}' is also on line {other}",
    "code_also_on_row": "the code '{code}' is also on row {other}",
    "code_also_on_record": "the code '{code}' is also on record {other}",
    "file_empty": "the file is empty",
    "csv_error": "the file cannot be read as CSV ({detail})",
    "workbook_empty": "the workbook is empty",
    "no_sheet": "{name}: no sheet named '{sheet}'; the sheets are {sheets}",
    "sheet_empty": "the sheet is empty",
    "every_sheet_empty": "every sheet is empty",
    "sheet_unreadable": "{name}: the sheet '{sheet}' cannot be read ({detail})",
    "not_a_workbook": (
        "{name}: not a readable {suffix} workbook (save it again from your spreadsheet program)"),
    "value_ambiguous": (
        "'{value}' matches more than one: {candidates}; write the code of the one you mean"),
    "unknown_value_did_you_mean": "unknown {noun} '{value}'; did you mean {candidates}?",
    "unknown_value_use_one_of": "unknown {noun} '{value}'; use one of: {choices}",
    "unknown_value": "unknown {noun} '{value}'",
    "mapping_names_nothing": "{message} (the mapping to '{target}' names no {noun} either)",
    "value_required": "a {noun} is required",
    "number_not_date": (
        "'{value}' is a number, not a date; format the cell as a date or write YYYY-MM-DD"),
    "not_a_date_write": "'{value}' is not a date; write it as YYYY-MM-DD",
    "not_a_date": "'{value}' is not a date",
    "not_whole_number": "'{value}' is not a whole number",
    "not_negative": "cannot be negative",
    "not_yes_no": "'{value}' is not yes or no",
    "noun_type": "type",
    "noun_status": "status",
    "noun_country": "country",
    "noun_region": "region",
    "noun_topics": "topic",
    "noun_programme": "programme",
    "noun_tfa_articles": "TFA provision",
    "noun_arusha_factors": "Arusha factor",
    "noun_geoat_principles": "GEOAT principle",
    "app_open_on_folder": (
        "Mercator Desktop is open on this data folder (it was brought to the front): restore "
        "from its File ▸ Backups… menu, or close it first"),
    "data_folder_unusable": "{path}: cannot be used as the data folder ({reason})",
    "stdin_empty_passphrase": "the passphrase was expected on standard input, which is empty",
    "stdin_empty_new_passphrase": (
        "the new passphrase was expected on standard input, which is empty"),
    "stdin_empty_current_passphrase": (
        "the current passphrase was expected on standard input, which is empty"),
    "unknown_option_value": "unknown {option} '{value}'; use one of: {choices}",
    "period_reversed": "the period ends before it starts",
    "map_form": (
        "--map '{item}': write it as COLUMN:VALUE=CODE, e.g. 'programme:Mercator Plus=mercator'"),
    "map_column": (
        "--map '{item}': '{column}' is not a column that can be mapped; use one of {columns}"),
    "new_passphrase_stdin": (
        "give the new passphrase on standard input with --passphrase-stdin (the command line "
        "does not prompt)"),
    "contains_nul": "contains a NUL character",
    "lone_surrogate": "is not well-formed Unicode (it holds a lone surrogate)",
    "at_most_characters_has": "at most {limit} characters (this one has {count})",
    "total_below_women_men": "the total {total} is less than women + men ({sum})",
    "keep_backups_range": "keep between 1 and {limit} backups (not {count})",
    "export_folder_is_file": "{path} is a file; give a folder to export into",
    "export_folder_not_empty": (
        "{path} is not empty; give a new or empty folder so that nothing in it is overwritten"),
    "cannot_create": "{path}: cannot be created ({reason})",
    "export_not_written": "{path}: the export could not be written ({reason})",
    "longer_than": "longer than {limit} characters ({count})",
    "logo_missing": "the file {path} does not exist",
    "logo_too_large": "the file {name} is larger than {limit} MB; use a smaller image",
    "logo_not_image": "the file {name} is not an image (PNG or JPEG) that can be read",
    "period_ends_before": "the period ends ({end}) before it starts ({start})",
    "launch_after_period": "the launch date {day} is after the end of the period",
    "csv_folder_not_created": "cannot create the CSV folder {path}: {reason}",
    "csv_folder_no_permission": "cannot write in the CSV folder {path}: no permission",
    "csv_not_written": "cannot write the CSV files in {path}: {reason}",
    "passphrase_needed": (
        "This data folder is encrypted and this computer does not hold its key (a new laptop, or"
        " the keyring was reset). Enter the recovery passphrase set when the folder was "
        "protected."),
    "wrong_passphrase": (
        "That recovery passphrase is not the one of this data folder. Nothing was changed; check"
        " the spelling and the keyboard layout, then try again."),
    "key_mismatch": (
        "The key this computer's keyring keeps for this data folder does not open it (the folder"
        " may have been replaced by another one). Nothing was changed or overwritten. Enter the "
        "folder's recovery passphrase to open it."),
    "passphrase_too_short": (
        "The recovery passphrase needs at least {limit} characters; a few words you will "
        "remember make a good one."),
    "passphrases_differ": "The two passphrases are not the same.",
    "already_encrypted": (
        "This data folder is encrypted already; to change its recovery passphrase, unlock it "
        "first."),
    "not_that_key": "This data folder is not encrypted with that key.",
    "recovery_file_unreadable": (
        "The recovery key file {path} was written by a newer version of Mercator Desktop, or "
        "is damaged, so this data folder was not opened and nothing in it was changed. Open "
        "it with the newer version, or restore the file from a copy."),
    "encrypted_copy_mismatch": (
        "The encrypted copy of the database did not match the original, so the original was kept"
        " unchanged. Please report this problem."),
    "encrypted_not_opened": (
        "The encrypted database could not be opened, so the original was put back unchanged. "
        "Please report this problem."),
    "unknown_reference_set": "HQ published an unknown reference set '{name}'",
    "reference_version_nan": "reference set '{name}': version '{version}' is not a number",
    "reference_malformed": (
        "reference set '{name}' version {version} is malformed ({detail}); nothing was changed"),
    "mission_in_trash": "the mission {code} is in the trash; restore it first",
    "target_is_folder": "{path} is a folder; give a file name such as report.pdf",
    "folder_missing": "cannot write {path}: the folder {folder} does not exist",
    "folder_no_permission": "cannot write {path}: no permission to write in {folder}",
    "file_read_only": "cannot write {path}: the file is read-only",
    "cannot_write_reason": "cannot write {path}: {reason}",
    "enter_your_name": "enter your name: it is recorded with your changes",
    "name_too_long": "the name is longer than {limit} characters",
    "template_version_taken": (
        "{name}: '{template}' version {version} is already installed ({source}) with other "
        "content; give the form a new version in the settings sheet; nothing was imported"),
    "template_version_not_installed": (
        "no checklist template '{template}' version {version} is installed (installed: "
        "{installed})"),
    "template_not_installed_any": (
        "no checklist template '{template}' is installed (installed: {installed})"),
    "not_xlsform": "'{template}' cannot be written as an XLSForm: {detail}",
    "schema_too_new": (
        "This data was written by a newer version of Mercator Desktop (schema {schema}). Install"
        " the newer version to open it; nothing was changed."),
    "folder_busy": (
        "Another Mercator Desktop program is writing to this data folder and did not finish in "
        "time. Try again when it has finished."),
    "cli_error": "{prog}: error: {message}",
    "cli_passphrase_hint": (
        "On the command line: give the passphrase on standard input with '{command}'."),
    "cli_interrupted": "{prog}: interrupted",
    "cli_unexpected": "{prog}: unexpected error: {error}",
    "cli_details_in": "(details in {path})",
    "cli_command_failed": "{prog}: {command} failed: {message}",
    "cli_refused_by_hq": "refused by HQ: {problem}",
    "plan_would_import": (
        "{file}: would import: {created} to create, {updated} to update, {refused} refused. "
        "Nothing was stored."),
    "plan_nothing": (
        "{file}: would import nothing: {created} to create, {updated} to update, {refused} "
        "refused. Nothing was stored."),
    "plan_refused_line": "line {line} ({code}): refused: {why}",
    "plan_refused_row": "row {line} ({code}): refused: {why}",
    "plan_refused_record": "record {line} ({code}): refused: {why}",
    "value_ambiguous_two": (
        "'{value}' matches both {first} and {second}; write the code of the one you mean"),
    "hq_code_taken": (
        "the mission code is already used by another mission at HQ; rename this mission (or the "
        "other one) and sync again"),
    "hq_validated": (
        "the assessment was validated at HQ; its answers change only after it is reopened with a"
        " reason. Reopen it and keep your answer, or discard your change"),
    "hq_validated_on": (
        "the assessment was validated at HQ on {day}; its answers change only after it is "
        "reopened with a reason. Reopen it and keep your answer, or discard your change"),
    "hq_removed_from_team": (
        "you were taken off the team of this mission on {day}; your change was not applied. The "
        "mission is kept on your laptop, read-only"),
    "staged_unknown_kind": "a kind of record this version does not know; update Mercator Desktop",
    "staged_waiting_for": "waiting for {records}",
    "staged_clash": "clashes with a local record ({reason})",
    "no_database_to_back_up": "there is no database to back up at {path}",
    "backup_not_written": "the backup could not be written to {path}: {reason}",
    "backup_id_ambiguous": "'{id}' names {count} backups; give more of the id",
    "no_such_backup": "there is no backup '{id}' in {path}",
    "backup_damaged": "backup {id} is damaged ({detail}); choose another one",
    "backup_not_copied": "the backup could not be copied into place: {reason}",
    "answers_missing": (
        "{count} required answers are missing ({first}); the assessment stays a draft"),
    "answers_missing_more": (
        "{count} required answers are missing ({first} and {more} more); the assessment stays a "
        "draft"),
    "database_damaged_restore": (
        "The database {path} is damaged and was not opened, so nothing in it was changed (SQLite"
        " says: {detail}). Restore the newest good backup ({id}, made {when}) with: "
        "mercator-desktop backup restore {id}"),
    "database_damaged_no_backup": (
        "The database {path} is damaged and was not opened, so nothing in it was changed (SQLite"
        " says: {detail}). There is no good backup to restore; keep the file and ask for help."),
    "recovery_not_encrypted": (
        "{folder} is not encrypted, so it has no recovery passphrase to change; "
        "'mercator-desktop recovery set' encrypts it"),
    "recovery_change_stdin": (
        "give the current and the new passphrase on standard input, one per line, with "
        "--passphrase-stdin (the command line does not prompt)"),
    "folder_not_encrypted_change": (
        "This data folder is not encrypted, so it has no recovery passphrase to change. "
        "Protect it first."),
    "report_options_need_issue": "--status, --final, --date and --yes go with --issue",
    "report_out_needed": (
        "give the file to write with --out FILE.pdf (or --issue, --issued)"),
    "issued_is_pdf": "an issued report is a PDF: give --out FILE.pdf",
    "final_with_empty_parts": (
        "the report would be Final with these parts empty: {parts}. Add --yes to issue it"
        " as Final anyway, or issue a draft"),
    "noun_gap_results": "the results of the assessments",
    "noun_gap_findings": "the findings",
    "noun_gap_action_plan": "the action plan",
    "parts_1": "{a}",
    "parts_2": "{a}; {b}",
    "parts_3": "{a}; {b}; {c}",
    "issued_pdf_not_here": (
        "the PDF of version {version} is not on this computer yet: it arrives with the "
        "next sync"),
    "not_report_status": "'{value}' is not a report status (draft or final)",
    "report_language": "reports are issued in {languages}, not '{value}'",
    "no_issued_report": "no issued report '{id}'",
    "issued_meanwhile": "version {version} of {code} was issued meanwhile; issue again",
    "cli_warning": "warning: {message}",
    "cli_demo_none": "There is no demonstration data to remove.",
    "cli_demo_removed": (
        "Removed the demonstration data: {missions} missions, {experts} experts, "
        "{administrations} administrations ({records} records)."),
    "demo_kept_expert_team": (
        "Kept the demonstration expert {name}: your missions {codes} have them in the "
        "team."),
    "demo_kept_expert_accreditations": (
        "Kept the demonstration expert {name}: you added accreditations to them."),
    "demo_kept_administration": (
        "Kept the demonstration administration {name}: {users} still point at it."),
    "demo_user_mission": "mission {code}",
    "demo_user_expert": "expert {name}",
    "cli_demo_loaded": (
        "Demonstration data loaded: {missions} missions, {experts} experts, "
        "{administrations} administrations."),
    "cli_demo_already": "Demonstration data is already loaded; nothing added.",
    "cli_no_missions": "No missions.",
    "cli_trash_empty": "The trash is empty.",
    "cli_missions_one": "{count} mission",
    "cli_missions_many": "{count} missions",
    "cli_heading_code": "CODE",
    "cli_heading_start": "START",
    "cli_heading_end": "END",
    "cli_heading_country": "CTRY",
    "cli_heading_region": "REGION",
    "cli_heading_type": "TYPE",
    "cli_heading_status": "STATUS",
    "cli_heading_title": "TITLE",
    "cli_heading_name": "NAME",
    "cli_heading_languages": "LANG",
    "cli_heading_accreditations": "ACCREDITATIONS",
    "cli_heading_email": "EMAIL",
    "cli_imported_one": (
        "Imported {count} mission from {file}: {created} created, {updated} updated."),
    "cli_imported_many": (
        "Imported {count} missions from {file}: {created} created, {updated} updated."),
    "cli_imported_restored_one": (
        "Imported {count} mission from {file}: {created} created, {updated} updated, "
        "{restored} restored from the trash."),
    "cli_imported_restored_many": (
        "Imported {count} missions from {file}: {created} created, {updated} updated, "
        "{restored} restored from the trash."),
    "cli_new_experts": "New experts in the directory: {names}.",
    "cli_new_administrations": "New administrations: {names}.",
    "cli_new_programmes": "New programmes: {names}.",
    "plan_unknown_line": "unknown {column} '{value}' on lines {lines}",
    "plan_unknown_row": "unknown {column} '{value}' on rows {lines}",
    "plan_unknown_record": "unknown {column} '{value}' on records {lines}",
    "plan_lines_more": "{lines} and {count} more",
    "plan_map_hint": "{unknown}; map it with --map '{mapping}'",
    "plan_new_expert": "new expert: {name}",
    "plan_new_programme": "new programme: {name}",
    "cli_exported_one": "Exported {count} mission to {file}.",
    "cli_exported_many": "Exported {count} missions to {file}.",
    "cli_period": "{start} to {end}",
    "cli_team_member": "team: {name} ({role})",
    "cli_agenda_item": "agenda: {day} {hours} {activity}",
    "cli_no_double_bookings": "No expert is booked on overlapping missions.",
    "cli_double_booking": "{name}: {first} and {second} overlap from {start} to {end}",
    "list_pair": "{a}, {b}",
    "missing_characters_in": "{chars} in {where}: “{excerpt}”",
    "report_no_font": (
        "{prog}: warning: no font on this computer has {where}; they print as empty boxes"),
    "report_wrote_pdf": "Wrote {path}: {pages} pages.",
    "report_wrote_pdf_draft": (
        "Wrote {path}: {pages} pages (DRAFT watermark: the mission is not at "
        "report_final yet)."),
    "report_wrote_word": "Wrote {path}: Word document.",
    "report_wrote_word_draft": (
        "Wrote {path}: Word document (marked DRAFT: the mission is not at report_final "
        "yet)."),
    "report_issued": (
        "Issued {code} version {version} ({status}, {language}, date of issue {date}): "
        "{pages} pages, SHA-256 {sha256}."),
    "report_wrote_copy": "Wrote a copy to {path}",
    "report_none_issued": "No report of {code} has been issued yet.",
    "report_not_here_yet": "{file} (not on this computer yet)",
    "cli_column_version": "version",
    "cli_column_language": "language",
    "cli_column_date_of_issue": "date of issue",
    "cli_column_issued_by": "issued by",
    "cli_column_size": "size",
    "cli_column_file": "file",
    "progress_wrote": (
        "Wrote {path}: {pages} pages; {activities} from {start} to {end}, {missions} "
        "since {since}."),
    "cli_activities_one": "{count} activity",
    "cli_activities_many": "{count} activities",
    "cli_wrote": "Wrote {path}",
    "backup_none_in": "No backups in {path}.",
    "backup_state_ok": "ok",
    "backup_state_damaged": "DAMAGED",
    "backup_count_one": "{count} backup in {path}",
    "backup_count_many": "{count} backups in {path}",
    "backup_restored": (
        "Backup {id} ({when}) restored. The database it replaced is kept in {path}."),
    "backup_written": "Backup {id} written ({size} MB, integrity ok).",
    "backup_written_not_ok": "Backup {id} written ({size} MB, integrity NOT ok).",
    "backup_keep_count": (
        "{count} backups are kept (plus one a day for a week and the newest before an "
        "upgrade)."),
    "backup_keep_set": "From now on {count} backups are kept.",
    "export_all_done": (
        "Exported to {folder}: {parts}; {evidence} evidence files, {reports} reports."),
    "export_all_done_missing": (
        "Exported to {folder}: {parts}; {evidence} evidence files, {reports} reports. "
        "{missing} evidence files or reports were not on this computer (listed in "
        "README.txt)."),
    "recovery_status_plain": (
        "{folder}: not encrypted. 'mercator-desktop recovery set' encrypts it."),
    "recovery_status_keyring": "{folder}: encrypted; this computer's keyring holds its key.",
    "recovery_status_locked": (
        "{folder}: encrypted; it cannot open without the recovery passphrase: {reason}."),
    "recovery_changed": (
        "The recovery passphrase was changed; the old one no longer opens this folder."),
    "recovery_set": (
        "{folder} is encrypted now. Keep the recovery passphrase somewhere safe: without "
        "it, this folder cannot be opened on another computer."),
    "recovery_no_keyring": (
        "This computer has no keyring to keep the key in: give the passphrase to each "
        "command with --passphrase-stdin."),
    "recovery_replaced": (
        "The recovery passphrase was changed; the old one no longer opens this folder. "
        "The data itself was not touched."),
    "template_already_installed": (
        "{title} ('{id}' version {version}) is already installed, unchanged"),
    "template_installed": "{title} ('{id}' version {version}) installed ({questions} questions)",
    "template_written": "{id} version {version} written to {path}",
    "sync_signed_out": "Signed out of HQ.",
    "sync_without_session": "To sync without keeping a session, run: {command}",
    "sync_signed_in": "Signed in to {server} as {user} ({role}).",
    "sync_done": "Synced with {server}: {sent} sent, {received} received, {applied} applied.",
    "sync_files": "Evidence files: {sent} sent, {received} received.",
    "sync_duplicates": "{count} changes HQ already had (a lost answer); nothing doubled.",
    "sync_conflicts": (
        "{count} fields were changed at HQ too: HQ's value is shown, yours is kept in "
        "the conflict inbox."),
    "sync_records_wait": "{count} received records wait; see why with: {command}",
    "sync_see_problems": "To see them with the way out: {command}",
    "sync_new_identity": (
        "This data folder was restored from a copy or copied from another laptop; it now "
        "syncs as a new device. Nothing was lost."),
    "sync_resent_one": (
        "HQ had been restored from a backup; {count} record was sent again so HQ has "
        "them."),
    "sync_resent_many": (
        "HQ had been restored from a backup; {count} records were sent again so HQ has "
        "them."),
    "sync_archived_one": (
        "You were taken off the team of {count} mission; it is kept read-only (list: "
        "{command})."),
    "sync_archived_many": (
        "You were taken off the team of {count} missions; they are kept read-only (list: "
        "{command})."),
    "sync_nothing_to_settle": (
        "Nothing to settle: no conflicts, nothing refused by HQ, nothing waiting."),
    "sync_conflicts_heading": "Conflicts ({count}): settle them in the app, Sync → Sync inbox.",
    "sync_conflict_values": "{what}: yours {mine}; HQ's {theirs}",
    "sync_edited_while_deleted": "edited at HQ while you deleted it",
    "sync_deleted_while_edited": "deleted at HQ while you edited it",
    "sync_word_deleted": "deleted",
    "sync_word_edited": "edited",
    "sync_value_empty": "(empty)",
    "sync_refused_heading": "Refused by HQ ({count}):",
    "sync_reason": "reason: {reason}",
    "sync_what_to_do": "what to do: {advice}",
    "sync_take_back": "to take HQ's version back: {command}",
    "sync_waiting_heading": "Waiting from HQ ({count}):",
    "sync_why": "why: {reason}",
    "sync_way_out": "way out: {how}",
    "sync_discard_failed": "{prog}: sync discard: {message}",
    "sync_discarded": (
        "Discarded this laptop's change of {kind} {id}: it holds HQ's version again."),
    "sync_no_archived": "No archived missions: you are on the team of every mission here.",
    "sync_archived_row": "{code}  {title}  archived {day}",
    "sync_archived_count_one": "{count} archived mission (read-only, out of the mission list)",
    "sync_archived_count_many": "{count} archived missions (read-only, out of the mission list)",
    "sync_status_who": "HQ: {server}  user: {user}  signed in: {signed_in}",
    "sync_not_set": "(not set)",
    "sync_yes": "yes",
    "sync_no": "no",
    "sync_status_counts": (
        "unsent changes: {pending}  conflicts: {conflicts}  refused: {refused}  waiting: "
        "{waiting}"),
    "sync_last": "last sync: {when}",
    "sync_last_error": "last sync: {when} ({state}: {message})",
    "sync_never": "never",
    "sync_progress_push": "push: {count}",
    "sync_progress_pull": "pull: {count}",
    "sync_progress_send_files": "send files: {count}",
    "sync_progress_receive_files": "receive files: {count}",
}


class Coded(str):
    """An English message that remembers its code and values."""

    code: str
    values: tuple[tuple[str, str], ...]

    def __new__(cls, code: str, values: tuple[tuple[str, str], ...] = ()) -> Coded:
        made = super().__new__(cls, TEXTS[code].format(**dict(values)))
        made.code, made.values = code, values
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (Coded, (self.code, self.values))


def say(code: str, /, **values: object) -> Coded:
    """The message of ``code`` with its values (kept as coded texts when they are)."""
    return Coded(code, tuple(sorted(
        (name, value if isinstance(value, str) else str(value))
        for name, value in values.items())))


def problem(field: str, code: str, /, **values: object) -> FieldProblem:
    """The ``FieldProblem`` of ``code`` with its values (as text)."""
    message = say(code, **values)
    return FieldProblem(field, message, code, message.values)


def message_of(error: BaseException) -> str:
    """The message ``error`` was raised with (a coded text keeps its code), else its text."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, str) else str(error)


#: the texts without values, by their English (the names of things, ``noun_…``, are words
#: inside messages, not messages)
_BY_ENGLISH = {text: code for code, text in TEXTS.items()
               if "{" not in text and not code.startswith("noun_")}
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
#: below this many letters of its own, a text with values is too loose to be recognised
_LEAST_OWN_WORDS = 24


def _pattern(text: str) -> re.Pattern[str] | None:
    names = _PLACEHOLDER.findall(text)
    own = _PLACEHOLDER.sub("", text)
    if len(own) < _LEAST_OWN_WORDS or len(set(names)) != len(names):
        return None
    parts = _PLACEHOLDER.split(text)  # literal, name, literal, name, …
    return re.compile("".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)"
                              for i, part in enumerate(parts)), re.DOTALL)


@cache
def _patterns() -> list[tuple[int, str, re.Pattern[str]]]:
    """The texts with values as patterns, the longest own words first: made when a plain
    text is first recognised, not at start (nearly 200 regular expressions to compile)."""
    return sorted(((len(_PLACEHOLDER.sub("", text)), code, pattern)
                   for code, text in TEXTS.items() if "{" in text
                   for pattern in [_pattern(text)] if pattern is not None), reverse=True)


@lru_cache(maxsize=4096)
def recognised(plain: str) -> Coded | None:
    """The coded text whose English ``plain`` is (a message stored, or sent by HQ, as plain
    English: a sync's last message, HQ's reason for refusing a record), or None."""
    if plain in _BY_ENGLISH:
        return Coded(_BY_ENGLISH[plain])
    for _own, code, pattern in _patterns():
        found = pattern.fullmatch(plain)
        if found:  # a value that is a whole sentence of the table is one of its texts too
            return Coded(code, tuple(sorted(
                (name, (len(value) >= _LEAST_OWN_WORDS and recognised(value)) or value)
                for name, value in found.groupdict().items())))
    return None


def render(text: object, translate: Callable[[str], str]) -> str:
    """``text`` in the language of ``translate`` (English source → translation): a coded text
    with its values said the same way (a value that is coded too), a plain English text that
    is one of the texts (``recognised``) the same way, anything else as it is."""
    code = getattr(text, "code", "")
    if code not in TEXTS:
        coded = recognised(str(text))
        if coded is None:
            return str(text)
        text, code = coded, coded.code
    values = {name: render(value, translate) if getattr(value, "code", "") else value
              for name, value in getattr(text, "values", ())}
    try:
        return translate(TEXTS[code]).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return TEXTS[code].format(**values)


def error_text(error: BaseException, translate: Callable[[str], str], *,
               with_fields: bool = False) -> str:
    """What ``error`` says, in the language of ``translate``: each problem of a validation
    error (after its field's name when ``with_fields``), else the error's coded message, else
    its English text."""
    problems = getattr(error, "problems", None)
    if problems and all(isinstance(p, FieldProblem) for p in problems):
        return "; ".join((f"{p.field}: " if with_fields else "") + render(p.message, translate)
                         for p in problems)
    first = error.args[0] if error.args else ""
    return render(first, translate) if getattr(first, "code", "") else str(error)
