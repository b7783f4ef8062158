"""The baseline: a Textual hello-world app (what any Textual app costs to start)."""

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class HelloApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Hello, world: De drie stappen")
        yield Footer()


if __name__ == "__main__":
    HelloApp().run()
