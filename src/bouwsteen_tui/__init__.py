"""Bouwsteen: a guided wizard for the BOUWSTEEN methodology "Werken aan de relatie".

The answers are about children and never leave the device. pydantic, which validates them, shows every model
and every validated value to each pydantic plugin installed in the same Python environment (plugins are found
through package entry points; observability tools use this to log or send what they see). Bouwsteen turns that
off before pydantic is first used, which also spares the scan of every installed package's metadata.
"""

import os

os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
