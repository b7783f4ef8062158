"""A pydantic plugin that notes every model it is shown (a stand-in for one that would send data away)."""

import os


class _Spy:
    def new_schema_validator(self, schema, schema_type, schema_type_path, schema_kind, config, plugin_settings):
        with open(os.environ["SPY_LOG"], "a", encoding="utf-8") as log:
            log.write(f"{schema_type_path.name}\n")
        return None, None, None


plugin = _Spy()
