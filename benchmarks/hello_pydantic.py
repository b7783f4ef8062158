"""The memory baseline (issue 17): the Textual hello world that also imports pydantic and defines one model.

Pydantic is the stack this project chose for answers, so this is the floor of that stack: hello.py's app, plus
pydantic imported and one model built and used before the first screen.
"""

from datetime import date

from pydantic import BaseModel, Field
from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class Answer(BaseModel):
    text: str = ""
    tags: list[str] = Field(default_factory=list)
    updated: date | None = None


class HelloApp(App[None]):
    def compose(self) -> ComposeResult:
        answer = Answer.model_validate({"text": "Hello, world: De drie stappen", "updated": "2026-12-07"})
        yield Header()
        yield Static(answer.text)
        yield Footer()


if __name__ == "__main__":
    HelloApp().run()
