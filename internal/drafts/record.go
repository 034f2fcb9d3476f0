package drafts

import (
	"encoding/json"
	"sort"
	"strings"
	"unicode/utf8"
)

// DecodeMeta reads the meta of a record of the current layout ({meta,
// report}). A meta that is not the JSON of a Meta is damaged: the record is
// left as it is (it can be exported), never overwritten.
func DecodeMeta(b []byte) (*Meta, error) {
	var m Meta
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, ErrDamaged
	}
	return &m, nil
}

// EncodeMeta is the meta's JSON as it is stored.
func EncodeMeta(m *Meta) ([]byte, error) { return json.Marshal(m) }

// legacyRecord is a record of the earlier layout, its report inline.
type legacyRecord struct {
	Draft
	Report json.RawMessage `json:"report"`
}

// DecodeLegacy reads a record of the earlier layout (one JSON string): its
// meta, with the finding keys of its inline report for the next check's
// diff (none when the report cannot be read: every finding is then new),
// and that report's JSON as stored. The earlier layout had no "keys"; its
// draft fields are those of Draft.
func DecodeLegacy(b []byte) (*Meta, []byte, error) {
	var d legacyRecord
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, nil, ErrDamaged
	}
	m := &Meta{Draft: d.Draft}
	if s, err := SummaryOfReport(d.Report); err == nil {
		m.Keys = s.Keys
	}
	return m, d.Report, nil
}

// objectSeen decodes a legacy record's inline report for the list without
// copying or scanning it into values: it only notes that it is a JSON object.
type objectSeen struct{ ok bool }

func (o *objectSeen) UnmarshalJSON(b []byte) error {
	o.ok = len(b) > 0 && b[0] == '{'
	return nil
}

// legacyListing decodes a legacy record for the list, its report skipped.
type legacyListing struct {
	Draft
	Report objectSeen `json:"report"`
}

// ListLegacy reads a legacy record for the list, as version 1 (Versioned);
// ok is false when the record is damaged: not a draft's JSON, no ID, or no
// report to open.
func ListLegacy(b []byte) (d Draft, ok bool) {
	var l legacyListing
	if json.Unmarshal(b, &l) != nil || l.ID == "" || !l.Report.ok {
		return Draft{}, false
	}
	return Versioned(&Meta{Draft: l.Draft}).Draft, true
}

// ListMeta reads a current-layout record's meta for the list, with its
// versions (Versioned); ok is false when the record is damaged: not a
// Meta's JSON, or no ID.
func ListMeta(b []byte) (d Draft, ok bool) {
	m, err := DecodeMeta(b)
	if err != nil || m.ID == "" {
		return Draft{}, false
	}
	return Versioned(m).Draft, true
}

// DamagedEntry is how a record that cannot be read is listed: under its
// IndexedDB key (id, "" when the key is not a string), so the page can
// export its raw data and delete it.
func DamagedEntry(id string) Draft { return Draft{ID: id, Name: id, Damaged: true} }

// SortNewest orders a list newest first; drafts saved at the same second,
// and damaged ones (which have no time), by ID, so the list does not jump.
func SortNewest(list []Draft) {
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].Updated != list[j].Updated {
			return list[i].Updated > list[j].Updated
		}
		return list[i].ID < list[j].ID
	})
}

// MaxNote is the longest 审核说明, in characters.
const MaxNote = 2000

// CleanNote is a 审核说明 as it is kept: trimmed, at most MaxNote
// characters, for a finding named by its key. Empty means "remove".
func CleanNote(key, text string) (string, error) {
	if key == "" {
		return "", ErrNoFinding
	}
	text = strings.TrimSpace(text)
	if utf8.RuneCountInString(text) > MaxNote {
		return "", ErrNoteTooLong
	}
	return text, nil
}

// Explain keeps text as the 审核说明 of the finding key in the stored meta
// prev (read in the same transaction the result is written in); an empty
// text removes it. The note goes to the draft it was typed on: prev nil
// (the draft was deleted meanwhile) is ErrNotFound, never a new draft.
func Explain(prev *Meta, key, text string) (*Meta, error) {
	if prev == nil {
		return nil, ErrNotFound
	}
	note, err := CleanNote(key, text)
	if err != nil {
		return nil, err
	}
	if prev.Explanations == nil {
		prev.Explanations = map[string]string{}
	}
	if note == "" {
		delete(prev.Explanations, key)
	} else {
		prev.Explanations[key] = note
	}
	return prev, nil
}

// MaxName is the longest draft name, in characters.
const MaxName = 120

// CleanName is a draft's new name as it is kept: trimmed, not empty, at
// most MaxName characters.
func CleanName(name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" || utf8.RuneCountInString(name) > MaxName {
		return "", ErrBadName
	}
	return name, nil
}

// Rename names the stored draft prev; prev nil is ErrNotFound.
func Rename(prev *Meta, name string) (*Meta, error) {
	if prev == nil {
		return nil, ErrNotFound
	}
	name, err := CleanName(name)
	if err != nil {
		return nil, err
	}
	prev.Name, prev.Renamed = name, true
	return prev, nil
}
