package main

import (
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"reportcheck/internal/docx"
	"reportcheck/internal/report"
	"reportcheck/internal/testkit/layout"
	"reportcheck/internal/workbook"
)

// The README is a promise: these tests hold the parts of it that code can
// check — the JSON example, the stable error codes, the number of layouts —
// so that it cannot drift from what the program prints.

func readme(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// section is the README text from a "## " heading to the next one.
func section(t *testing.T, text, heading string) string {
	t.Helper()
	i := strings.Index(text, "\n## "+heading)
	if i < 0 {
		t.Fatalf("README lacks the section %q", heading)
	}
	rest := text[i+1:]
	if j := strings.Index(rest[3:], "\n## "); j >= 0 {
		rest = rest[:j+3]
	}
	return rest
}

// jsonTags collects the JSON names a type prints, through nested structs,
// slices and pointers.
func jsonTags(t reflect.Type, into map[string]bool) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name != "" {
			into[name] = true
		}
		jsonTags(f.Type, into)
	}
}

func exampleKeys(v any, into map[string]bool) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			into[k] = true
			exampleKeys(x, into)
		}
	case []any:
		for _, x := range v {
			exampleKeys(x, into)
		}
	}
}

func TestReadmeJSONExampleNamesOnlyPrintedFields(t *testing.T) {
	sec := section(t, readme(t), "JSON report (public interface)")
	start := strings.Index(sec, "```json\n")
	end := strings.Index(sec[start+8:], "```")
	if start < 0 || end < 0 {
		t.Fatal("the JSON section has no ```json example")
	}
	var example any
	if err := json.Unmarshal([]byte(sec[start+8:start+8+end]), &example); err != nil {
		t.Fatalf("the README's JSON example is not JSON: %v", err)
	}
	printed := map[string]bool{}
	jsonTags(reflect.TypeOf(report.Report{}), printed)
	used := map[string]bool{}
	exampleKeys(example, used)
	var unknown []string
	for k := range used {
		if !printed[k] {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	if len(unknown) > 0 {
		t.Errorf("the README's JSON example names fields the report never prints: %v", unknown)
	}
	// Every field the bullets below the example explain is printed too.
	for _, m := range regexp.MustCompile("(?m)^- `([a-z_]+)`").FindAllStringSubmatch(sec, -1) {
		if !printed[m[1]] {
			t.Errorf("the README explains a field %q the report never prints", m[1])
		}
	}
}

func TestReadmeListsEveryStableErrorCode(t *testing.T) {
	sec := section(t, readme(t), "JSON report (public interface)")
	i := strings.Index(sec, "- `error`")
	if i < 0 {
		t.Fatal("the README does not explain `error`")
	}
	bullet := sec[i:]
	if j := strings.Index(bullet[1:], "\n- "); j >= 0 {
		bullet = bullet[:j+1]
	}
	listed := map[string]bool{}
	for _, m := range regexp.MustCompile("`([a-z_]+)`").FindAllStringSubmatch(bullet, -1) {
		listed[m[1]] = true
	}
	delete(listed, "error")
	delete(listed, "code")
	// The codes the program can print: the workbook reader's (read from its
	// source, so a new code cannot be forgotten here) and the CLI's own.
	codes := map[string]bool{codeNotFound: true}
	for _, file := range []string{"../../internal/workbook/errors.go", "../../internal/docx/errors.go"} {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`Code = "([a-z_]+)"`).FindAllStringSubmatch(string(src), -1) {
			codes[m[1]] = true
			if workbook.Message(workbook.Code(m[1])) == "" && docx.Message(docx.Code(m[1])) == "" {
				t.Errorf("code %s has no Chinese message", m[1])
			}
		}
	}
	for c := range codes {
		if !listed[c] {
			t.Errorf("the README does not list the error code %q", c)
		}
	}
	for c := range listed {
		if !codes[c] {
			t.Errorf("the README lists an error code %q the program never prints", c)
		}
	}
}

func TestReadmeCountsTheLayouts(t *testing.T) {
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
	n := len(layout.All())
	if n >= len(words) {
		t.Fatalf("%d layouts: extend the words", n)
	}
	text := readme(t)
	said := regexp.MustCompile(`re-run in ([a-z]+) layouts`).FindAllStringSubmatch(text, -1)
	if len(said) == 0 {
		t.Fatal("the README no longer says how many layouts every fixture is re-run in")
	}
	for _, m := range said {
		if m[1] != words[n] {
			t.Errorf("the README says %q layouts; there are %d", m[1], n)
		}
	}
}
