"""The cache of read zone sets: a hit gives what reading the folder gives, and any change to a
file it was read from (the folder's or the shipped ones, whatever its size and time), to the
language or to the model's code reads the folder again; a broken or unwritable cache is ignored."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.model.errors import DorsumError
from app.model.zonefiles import cache, loader
from app.model.zonefiles.cache import entry_path, load_zone_set_cached
from app.model.zonefiles.loader import default_zones_dir, load_zone_set

SHIPPED = default_zones_dir()


@pytest.fixture
def zones(tmp_path) -> Path:
    folder = tmp_path / "zones"
    shutil.copytree(SHIPPED, folder)
    return folder


@pytest.fixture
def cache_dir(tmp_path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def reads(monkeypatch):
    """How many times the folder was really read (not served from the cache)."""
    count = [0]

    def counted(folder, lang="en"):
        count[0] += 1
        return load_zone_set(folder, lang)

    monkeypatch.setattr(cache, "load_zone_set", counted)
    return count


def _same(a, b) -> bool:
    """Equal, and of the same types all through (repr tells 1 from 1.0 and a list from a tuple)."""
    return a == b and repr(a) == repr(b) and all(
        a.sources[k].untranslated == b.sources[k].untranslated for k in a.sources)


def _edit_keeping_size_and_time(path: Path, old: str, new: str) -> None:
    assert len(old.encode()) == len(new.encode())
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns


@pytest.mark.parametrize("lang", ["en", "uk"])
def test_a_hit_gives_what_reading_the_folder_gives(zones, cache_dir, reads, lang):
    first = load_zone_set_cached(zones, lang, cache_dir)
    assert entry_path(cache_dir, zones, lang).is_file() and reads[0] == 1
    again = load_zone_set_cached(zones, lang, cache_dir)
    assert reads[0] == 1  # from the cache
    fresh = load_zone_set(zones, lang)
    assert _same(first, fresh) and _same(again, fresh)
    assert type(again.sources).__name__ == "mappingproxy"
    assert again.translation_errors() == fresh.translation_errors()


def test_each_language_has_its_own_entry(zones, cache_dir, reads):
    en = load_zone_set_cached(zones, "en", cache_dir)
    uk = load_zone_set_cached(zones, "uk", cache_dir)
    assert reads[0] == 2 and en.lang == "en" and uk.lang == "uk"
    assert en.zones[0].name != uk.zones[0].name
    assert _same(load_zone_set_cached(zones, "uk", cache_dir), uk) and reads[0] == 2


def test_an_edit_of_the_same_size_and_time_is_read(zones, cache_dir, reads):
    load_zone_set_cached(zones, "en", cache_dir)
    _edit_keeping_size_and_time(zones / "lumbar.toml", "order = ", "order =\t")  # same meaning: read again
    load_zone_set_cached(zones, "en", cache_dir)
    assert reads[0] == 2
    text = (zones / "lumbar.toml").read_text(encoding="utf-8")
    name = load_zone_set(zones).zone("lumbar").name
    assert name[0].isupper()
    _edit_keeping_size_and_time(zones / "lumbar.toml", f'"{name}"', f'"{name[0].lower()}{name[1:]}"')
    assert (zones / "lumbar.toml").read_text(encoding="utf-8") != text
    zone_set = load_zone_set_cached(zones, "en", cache_dir)
    assert reads[0] == 3 and zone_set.zone("lumbar").name == name[0].lower() + name[1:]
    assert _same(zone_set, load_zone_set(zones))


def test_a_file_added_or_removed_is_read(zones, cache_dir, reads):
    load_zone_set_cached(zones, "en", cache_dir)
    (zones / "muscles.toml").unlink()  # the shipped muscles, then
    zone_set = load_zone_set_cached(zones, "en", cache_dir)
    assert reads[0] == 2 and zone_set.sources["muscles"].path == str(SHIPPED / "muscles.toml")
    text = (zones / "lumbar.toml").read_text(encoding="utf-8").replace('id = "lumbar"', 'id = "lumbar_two"', 1)
    (zones / "lumbar_two.toml").write_text(text.replace("order = ", "order = 1", 1), encoding="utf-8")
    zone_set = load_zone_set_cached(zones, "en", cache_dir)
    assert reads[0] == 3 and "lumbar_two" in {z.id for z in zone_set.zones}


def test_an_edit_of_a_shipped_document_the_folder_lacks_is_read(zones, cache_dir, reads, tmp_path, monkeypatch):
    shipped = tmp_path / "shipped"
    shutil.copytree(SHIPPED, shipped)
    monkeypatch.setattr(loader, "default_zones_dir", lambda: shipped)
    (zones / "glossary.toml").unlink()
    first = load_zone_set_cached(zones, "en", cache_dir)
    assert first.sources["glossary"].path == str(shipped / "glossary.toml")
    term = first.glossary[0]
    path = shipped / "glossary.toml"
    _edit_keeping_size_and_time(path, f'id = "{term.id}"', f'id = "{term.id[::-1]}"')
    zone_set = load_zone_set_cached(zones, "en", cache_dir)
    assert reads[0] == 2 and zone_set.glossary[0].id == term.id[::-1]


def test_a_change_of_the_models_code_reads_the_folder_again(zones, cache_dir, reads, monkeypatch):
    load_zone_set_cached(zones, "en", cache_dir)
    stamp = cache._code_stamp()
    monkeypatch.setattr(cache, "_code_stamp", lambda: stamp + "\nchanged")
    load_zone_set_cached(zones, "en", cache_dir)
    assert reads[0] == 2


@pytest.mark.parametrize("damage", [b"", b"garbage", b"\n\x00\x01", None])
def test_a_broken_entry_is_ignored_and_written_again(zones, cache_dir, reads, damage):
    load_zone_set_cached(zones, "en", cache_dir)
    entry = entry_path(cache_dir, zones, "en")
    good = entry.read_bytes()
    key = good.partition(b"\n")[0]
    # None: the right key over a truncated body, which must not decode into something else
    entry.write_bytes(damage if damage is not None else good[: len(key) + 1 + (len(good) - len(key)) // 2])
    zone_set = load_zone_set_cached(zones, "en", cache_dir)
    assert reads[0] == 2 and _same(zone_set, load_zone_set(zones))
    assert entry.read_bytes() == good
    load_zone_set_cached(zones, "en", cache_dir)
    assert reads[0] == 2


def test_a_cache_that_cannot_be_written_costs_only_the_cache(zones, tmp_path, reads):
    blocked = tmp_path / "not_a_folder"
    blocked.write_text("a file where the cache folder would go")
    for _ in range(2):
        assert _same(load_zone_set_cached(zones, "en", blocked / "cache"), load_zone_set(zones))
    assert reads[0] == 2
    assert _same(load_zone_set_cached(zones, "en", None), load_zone_set(zones)) and reads[0] == 3


def test_errors_are_reported_as_the_loader_reports_them_and_never_cached(zones, cache_dir):
    load_zone_set_cached(zones, "en", cache_dir)
    path = zones / "lumbar.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("order = ", "order = [", 1), encoding="utf-8")
    with pytest.raises(DorsumError) as cached_error:
        load_zone_set_cached(zones, "en", cache_dir)
    with pytest.raises(DorsumError) as plain_error:
        load_zone_set(zones)
    assert str(cached_error.value) == str(plain_error.value) and str(path) in str(plain_error.value)
    (path.parent / "folder.toml").mkdir()
    with pytest.raises(DorsumError, match="is a folder"):
        load_zone_set_cached(zones, "en", cache_dir)
    with pytest.raises(DorsumError, match="no such folder"):
        load_zone_set_cached(zones / "missing", "en", cache_dir)
    with pytest.raises(ValueError, match="unknown language"):
        load_zone_set_cached(zones, "xx", cache_dir)


def test_a_folder_given_another_way_has_its_own_entry(zones, cache_dir, monkeypatch):
    """The zone set names its files as the folder was given, so that is part of the key."""
    monkeypatch.chdir(zones.parent)
    relative = load_zone_set_cached(Path("zones"), "en", cache_dir)
    absolute = load_zone_set_cached(zones, "en", cache_dir)
    assert relative.sources["lumbar"].path == str(Path("zones") / "lumbar.toml")
    assert absolute.sources["lumbar"].path == str(zones / "lumbar.toml")


def test_a_file_edited_while_the_folder_is_read_is_not_cached_under_its_old_text(zones, cache_dir, monkeypatch):
    path = zones / "lumbar.toml"
    before = path.read_text(encoding="utf-8")
    name = load_zone_set(zones).zone("lumbar").name

    def edited_meanwhile(folder, lang="en"):
        path.write_text(before.replace(f'"{name}"', f'"{name.upper()}"', 1), encoding="utf-8")
        return load_zone_set(folder, lang)

    monkeypatch.setattr(cache, "load_zone_set", edited_meanwhile)
    assert load_zone_set_cached(zones, "en", cache_dir).zone("lumbar").name == name.upper()
    monkeypatch.setattr(cache, "load_zone_set", load_zone_set)
    path.write_text(before, encoding="utf-8")  # the text the first call's key was taken from
    assert load_zone_set_cached(zones, "en", cache_dir).zone("lumbar").name == name
