"""Small articles of our own sentences for the scale tests (build, cache, stores, runners)."""
from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "a_scholz.txt": (" date 2024-03 Scholz telefoniert mit Macron Stand: 04.03.2024 09:15 Uhr\n\n"
                     "Olaf Scholz telefonierte am Montag mit Emmanuel Macron.\n\n"
                     "Die Bundeswehr will 500 Soldaten nach Litauen entsenden.\n"),
    "b_polen.txt": (" date 2024-03 Polen kritisiert Russland Stand: 06.03.2024 18:40 Uhr\n\n"
                    "Polen kritisierte Russland scharf. Die Regierung in Warschau sprach von einer "
                    "gefährlichen Eskalation, die nicht hingenommen werde.\n\n"
                    "Olaf Scholz telefonierte am Montag mit Emmanuel Macron.\n"),
    "c_biden.txt": ("Biden calls Macron\n\n"
                    "Joe Biden spoke by phone with Emmanuel Macron on Monday.\n\n"
                    "Poland criticized Russia.\n"),
}


def write_corpus(folder: Path, names=None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        if names is None or name in names:
            (folder / name).write_text(text, encoding="utf-8")
    return folder
