"""PDF reports: the mission report and the Capacity Building Progress Report.

Two steps, kept apart so the first can be tested by value:

1. **Data** (``mission_data``, ``progress_data``): plain frozen dataclasses and pure functions
   that turn plain inputs (mission details, templates, answers, scores, mission records) into
   exactly what the document shows — labels already in the report language, numbers already
   added up. No database, no reportlab.
2. **Rendering** (``mission_pdf``, ``progress_pdf``, ``layout``, ``charts``): reportlab
   platypus draws that data. Text is set in the embedded DejaVu fonts of
   ``resources/fonts`` (never the base-14 fonts); ``scripts`` shapes and orders
   right-to-left text and sets characters DejaVu lacks (CJK …) in a fallback font found on
   the computer (``fonts.fallback_for``). ``mission_docx`` (with ``docx_xml`` and
   ``chart_images``) writes the same mission report data as a Word document.

The services (``services.report_data``, ``services.progress_report``) read the store and call
both steps. Like every layer below ``ui``, this package imports no PySide6; ``ui`` never
imports reportlab (it calls the services).
"""
