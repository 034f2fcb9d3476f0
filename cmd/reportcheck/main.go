// Command reportcheck checks 部门决算公开 drafts from the command line, with the
// same engine the web page runs in the browser.
//
//	reportcheck check [-json] [-profile hubei|central|FILE.json] FILE...
//	reportcheck rules [-json]
//	reportcheck profile [-id hubei|central]
//	reportcheck annotate FILE.xlsx [-o OUT.xlsx] [-notes NOTES.json] [-profile ...]
//
// Exit status of check: 0 no 错误 finding, 1 some, 2 a file could not be checked.
// annotate: 0 the annotated workbook was written, 2 it could not be.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"reportcheck/internal/catalog"
	"reportcheck/internal/check"
	"reportcheck/internal/docx"
	"reportcheck/internal/profile"
	"reportcheck/internal/report"
	"reportcheck/internal/template"
	"reportcheck/internal/workbook"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `用法：
  reportcheck check [-json] [-profile hubei|central|配置文件.json] 文件.xlsx [情况说明.docx] ...
                                   一个 .docx 紧跟在 .xlsx 之后时两者一起检查（情况说明对照报表）；
                                   单独的 .docx 只检查不需要报表的内容
  reportcheck rules [-json]        列出全部规则
  reportcheck profile [-id hubei] [-template ministry-2024]
                                   导出规则配置（JSON）；-template 附上一份内置模板的副本，供本地修改
  reportcheck annotate 文件.xlsx [情况说明.docx] [-o 标注.xlsx] [-notes 审核说明.json] [-profile …]
                                   检查并写出标注后的工作簿：问题单元格加批注和底色，
                                   首页“审核结果”列出全部问题、链接和审核说明
                                   （-notes：页面下载的检查结果 JSON，或 {"键": "说明"}）
`

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "check":
		return runCheck(args[1:], stdout, stderr)
	case "annotate":
		return runAnnotate(args[1:], stdout, stderr)
	case "rules":
		return runRules(args[1:], stdout, stderr)
	case "profile":
		return runProfile(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "未知命令 %q\n%s", args[0], usage)
	return 2
}

func loadProfile(name string) (*profile.Profile, error) {
	if p, ok := profile.ByID(name); ok {
		return p, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("找不到规则配置 %q（内置：hubei、central，或一个配置文件路径）", name)
	}
	return check.ParseProfile(data)
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per file")
	profName := fs.String("profile", profile.Default().ID, "rule profile: hubei, central, or a profile JSON file")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	p, err := loadProfile(*profName)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	status := 0
	for _, job := range pairUp(fs.Args()) {
		rep := checkJob(job, p)
		if *asJSON {
			enc := json.NewEncoder(stdout)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(rep); err != nil {
				fmt.Fprintln(stderr, err)
				return 2
			}
		} else if err := report.WriteText(stdout, rep); err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
		status = max(status, rep.ExitCode())
	}
	return status
}

// maxInput is the largest file read, the engine's own limit: a larger one is
// refused by its size, before it is read.
var maxInput = workbook.DefaultLimits.MaxFileBytes

// codeNotFound is the CLI's own stable error code, beside the workbook
// reader's: the file named could not be opened at all.
const codeNotFound = "not_found"

// job is one report: a workbook, a narrative document, or both.
type job struct{ workbook, document string }

// isDocument tells a Word file by its name: .docx, and the .doc the reader
// refuses with its own message.
func isDocument(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".docx" || ext == ".doc"
}

// pairUp reads the arguments in order: a document right after a workbook is
// that workbook's narrative; any other document is checked alone.
func pairUp(paths []string) []job {
	var jobs []job
	for _, path := range paths {
		if isDocument(path) && len(jobs) > 0 && jobs[len(jobs)-1].workbook != "" && jobs[len(jobs)-1].document == "" {
			jobs[len(jobs)-1].document = path
			continue
		}
		if isDocument(path) {
			jobs = append(jobs, job{document: path})
		} else {
			jobs = append(jobs, job{workbook: path})
		}
	}
	return jobs
}

func checkJob(j job, p *profile.Profile) *report.Report {
	if j.document == "" {
		return checkFile(j.workbook, p)
	}
	docName := filepath.Base(j.document)
	doc, docErr := readInput(j.document, docx.DefaultLimits.MaxFileBytes)
	if j.workbook == "" {
		if docErr != nil {
			return failed(docName, docErr)
		}
		return check.RunWithDocument("", nil, check.Document{Name: docName, Data: doc}, p, check.Options{})
	}
	name := filepath.Base(j.workbook)
	data, err := readInput(j.workbook, maxInput)
	if err != nil {
		rep := failed(name, err)
		rep.Document = docName
		return rep
	}
	if docErr != nil {
		rep := check.Run(name, data, p, check.Options{})
		rep.Document, rep.DocumentError = docName, docErr
		return rep
	}
	return check.RunWithDocument(name, data, check.Document{Name: docName, Data: doc}, p, check.Options{})
}

func failed(name string, e *report.FileError) *report.Report {
	return &report.Report{File: name, Error: e, Tables: []report.Table{}, Findings: []report.Finding{}, KPI: []report.KPITable{}}
}

// readInput reads a file no larger than limit; a larger one is refused by
// its size, unread.
func readInput(path string, limit int64) ([]byte, *report.FileError) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &report.FileError{Code: codeNotFound, Message: "无法打开文件：" + path}
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Size() > limit {
		var msg string
		if isDocument(path) {
			msg = docx.FileTooLarge(info.Size(), docx.DefaultLimits).Message
		} else {
			msg = workbook.FileTooLarge(info.Size(), workbook.DefaultLimits).Message
		}
		return nil, &report.FileError{Code: string(workbook.CodeFileTooLarge), Message: msg} // docx uses the same code
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, &report.FileError{Code: "unreadable", Message: "无法读取文件：" + path}
	}
	return data, nil
}

func checkFile(path string, p *profile.Profile) *report.Report {
	name := filepath.Base(path)
	data, err := readInput(path, maxInput)
	if err != nil {
		return failed(name, err)
	}
	return check.Run(name, data, p, check.Options{})
}

func runRules(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("rules", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the catalogue as JSON")
	asMD := fs.Bool("md", false, "print the catalogue as Markdown (docs/rules.md)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	all := check.Registry().All()
	if *asMD {
		writeRulesMarkdown(stdout, all)
		return 0
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(all); err != nil {
			return 2
		}
		return 0
	}
	for _, r := range all {
		fmt.Fprintf(stdout, "%s  %s  %s\n", r.ID, r.Severity.Chinese(), r.Title)
		if r.Expr != "" {
			fmt.Fprintf(stdout, "       %s\n", r.Expr)
		}
		fmt.Fprintf(stdout, "       %s\n", r.Doc)
	}
	return 0
}

func writeRulesMarkdown(w io.Writer, all []catalog.Rule) {
	fmt.Fprint(w, "# reportcheck 规则一览\n\n由 `reportcheck rules -md` 生成，请勿手工修改。规则编号稳定、永不复用。\n"+
		"T = 表内勾稽（表注所列或隐含），H = 类/款/项层级，X = 表间关系，S = 结构与录入质量，N = 表注，K = 绩效自评。\n\n"+
		"| 编号 | 级别 | 名称 | 关系式 | 说明 |\n|---|---|---|---|---|\n")
	for _, r := range all {
		expr := r.Expr
		if expr != "" {
			expr = "`" + expr + "`"
		}
		if r.Alias != "" {
			expr += "<br>湖北：`" + r.Alias + "`"
		}
		if r.Retired != "" {
			expr += "（已停用：" + r.Retired + "）"
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", r.ID, r.Severity.Chinese(), r.Title, expr, strings.ReplaceAll(r.Doc, "|", "\\|"))
	}
}

func runProfile(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("profile", flag.ContinueOnError)
	fs.SetOutput(stderr)
	id := fs.String("id", profile.Default().ID, "built-in profile to export")
	tpl := fs.String("template", "", "copy a built-in template (hubei-2023, ministry-2024) into the profile, to edit")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	p, ok := profile.ByID(*id)
	if !ok {
		fmt.Fprintf(stderr, "没有内置规则配置 %q\n", *id)
		return 2
	}
	if *tpl != "" {
		t := template.ByID(*tpl)
		if t == nil {
			fmt.Fprintf(stderr, "没有内置模板 %q（内置：hubei-2023、ministry-2024）\n", *tpl)
			return 2
		}
		// A copy under its own ID: a district edits it without shadowing the built-in one.
		t.ID, t.Name = t.ID+"-local", t.Name+"（本地副本）"
		p.OwnTemplates, p.Template = append(p.OwnTemplates, t), t.ID
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(p); err != nil {
		return 2
	}
	return 0
}
