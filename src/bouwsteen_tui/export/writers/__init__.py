"""The writers: a :class:`~bouwsteen_tui.export.model.Document` as Markdown, HTML or DOCX.

A writer only escapes and arranges what the document holds: it reads neither the pack nor the answers.
"""
