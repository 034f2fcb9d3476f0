package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"reportcheck/internal/docx"
	"reportcheck/internal/drafts"
	"reportcheck/internal/narrative"
	"reportcheck/internal/profile"
	"reportcheck/internal/report"
)

// runAnnotate checks one draft (and the narrative named after it) and writes
// it back annotated (report.Annotate; the narrative with Word comments)
// with the 审核说明 of a notes file: the JSON the page downloads (the report
// with its "explanations") or a bare object of them, keyed as the page keys
// them (drafts.KeyOf). Flags may come before or after the file.
func runAnnotate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "the annotated workbook to write (default: FILE-标注.xlsx)")
	notesPath := fs.String("notes", "", "审核说明: the page's JSON download, or an object of key → text")
	profName := fs.String("profile", profile.Default().ID, "rule profile: hubei, central, or a profile JSON file")
	var files []string
	docPath := ""
	for {
		if err := fs.Parse(args); err != nil {
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		files, args = append(files, fs.Arg(0)), fs.Args()[1:]
	}
	// The workbook, and the narrative checked with it when one is named
	// after it: both are written back annotated.
	if len(files) == 2 && isDocument(files[1]) && !isDocument(files[0]) {
		files, docPath = files[:1], files[1]
	}
	if len(files) != 1 || isDocument(files[0]) {
		fmt.Fprint(stderr, usage)
		return 2
	}
	path := files[0]
	if *out == "" {
		*out = strings.TrimSuffix(path, filepath.Ext(path)) + "-标注.xlsx"
	}
	p, err := loadProfile(*profName)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	var notes map[string]string
	if *notesPath != "" {
		if notes, err = readNotes(*notesPath); err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
	}
	j := job{workbook: path, document: docPath}
	rep := checkJob(j, p)
	if rep.Error != nil {
		fmt.Fprintf(stderr, "%s：%s\n", rep.File, rep.Error.Message)
		return 2
	}
	if rep.DocumentError != nil {
		fmt.Fprintf(stderr, "%s：%s\n", rep.Document, rep.DocumentError.Message)
		return 2
	}
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	annotated, err := report.Annotate(data, rep, report.NotesByKey(notes, drafts.KeyOf))
	if err == nil {
		err = os.WriteFile(*out, annotated, 0o644)
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	e, w, i := rep.Counts()
	fmt.Fprintf(stdout, "已写出 %s（错误 %d 项，提示 %d 项，信息 %d 项，审核说明 %d 条）\n", *out, e, w, i, len(notes))
	if docPath == "" {
		return 0
	}
	// The narrative: a copy with a Word comment on each of its findings.
	docOut := strings.TrimSuffix(docPath, filepath.Ext(docPath)) + "-标注.docx"
	doc, err := os.ReadFile(docPath)
	if err == nil {
		comments := narrative.Comments(rep.Findings, report.NotesByKey(notes, drafts.KeyOf))
		if doc, err = docx.AddComments(doc, comments, docx.DefaultLimits); err == nil {
			err = os.WriteFile(docOut, doc, 0o644)
		}
		if err == nil {
			fmt.Fprintf(stdout, "已写出 %s（批注 %d 条）\n", docOut, len(comments))
		}
	}
	if err != nil {
		var de *docx.Error
		if errors.As(err, &de) {
			err = errors.New(docPath + "：" + de.Message)
		}
		fmt.Fprintln(stderr, err)
		return 2
	}
	return 0
}

// readNotes reads 审核说明: the page's JSON download (a report with
// "explanations") or a bare object of key → text.
func readNotes(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("无法读取审核说明文件：%s", path)
	}
	var download struct {
		Explanations map[string]string `json:"explanations"`
	}
	if json.Unmarshal(data, &download) == nil && download.Explanations != nil {
		return download.Explanations, nil
	}
	var notes map[string]string
	if err := json.Unmarshal(data, &notes); err != nil {
		return nil, fmt.Errorf("审核说明文件格式有误（应为页面下载的检查结果 JSON，或 {\"键\": \"说明\"}）：%s", path)
	}
	return notes, nil
}
