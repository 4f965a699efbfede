// shoal's linearizability checker: reads a history recorded by the chaos harness (JSON
// lines, one operation each) and checks it with Porcupine
// (github.com/anishathalye/porcupine), one object at a time.
//
//	shoal-checker [-timeout 60s] [-html DIR] HISTORY.jsonl
//
// stdout: one JSON line {"result": "ok"|"illegal"|"unknown", "operations", "objects",
// "illegal": [{"key", "operations", "visualization"}], "unknown": [keys]}; exit status 0
// when linearizable, 1 when not (or when the check timed out), 2 on bad input.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/anishathalye/porcupine"
)

// One recorded operation, as the harness writes it (chaos/history.ts).
type record struct {
	Client  int    `json:"client"`
	Key     string `json:"key"` // "service:NAME", "secret:NAME", "node:ID"
	Op      string `json:"op"`
	Value   string `json:"value,omitempty"`
	Expect  string `json:"expect,omitempty"`
	Call    int64  `json:"call"`    // invocation, ns on the harness's monotonic clock
	Return  int64  `json:"return"`  // completion
	Outcome string `json:"outcome"` // ok | fail | unknown
	Status  string `json:"status,omitempty"`
	Out     string `json:"out,omitempty"`  // read: value
	Prev    string `json:"prev,omitempty"` // read: previous spec's value
	Server  string `json:"server,omitempty"`
}

type illegal struct {
	Key           string `json:"key"`
	Operations    int    `json:"operations"`
	Visualization string `json:"visualization,omitempty"`
}

type report struct {
	Result     string    `json:"result"`
	Operations int       `json:"operations"`
	Objects    int       `json:"objects"`
	Skipped    int       `json:"skipped"` // operations that surely had no effect (outcome fail)
	Illegal    []illegal `json:"illegal"`
	Unknown    []string  `json:"unknown"` // objects whose check timed out
}

func main() {
	timeout := flag.Duration("timeout", 60*time.Second, "time limit per object")
	htmlDir := flag.String("html", "", "write a Porcupine visualization of each non-linearizable object here")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: shoal-checker [-timeout D] [-html DIR] HISTORY.jsonl")
		os.Exit(2)
	}
	byKey, skipped, err := load(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	rep := report{Result: "ok", Skipped: skipped, Illegal: []illegal{}, Unknown: []string{}}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		ops := byKey[key]
		rep.Objects++
		rep.Operations += len(ops)
		model := registerModel(strings.SplitN(key, ":", 2)[0])
		res, info := porcupine.CheckOperationsVerbose(model, ops, *timeout)
		switch res {
		case porcupine.Illegal:
			bad := illegal{Key: key, Operations: len(ops)}
			if *htmlDir != "" {
				bad.Visualization = filepath.Join(*htmlDir, strings.NewReplacer(":", "-", "/", "-").Replace(key)+".html")
				if err := porcupine.VisualizePath(model, info, bad.Visualization); err != nil {
					fmt.Fprintln(os.Stderr, err)
				}
			}
			rep.Illegal = append(rep.Illegal, bad)
			rep.Result = "illegal"
		case porcupine.Unknown:
			rep.Unknown = append(rep.Unknown, key)
			if rep.Result == "ok" {
				rep.Result = "unknown"
			}
		}
	}
	out, _ := json.Marshal(rep)
	fmt.Println(string(out))
	if rep.Result != "ok" {
		os.Exit(1)
	}
}

func load(path string) (map[string][]porcupine.Operation, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	byKey := map[string][]porcupine.Operation{}
	skipped := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, 0, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		if err := r.validate(); err != nil {
			return nil, 0, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		if r.Outcome == "fail" || (r.Outcome == "unknown" && r.Op == "read") {
			skipped++ // no effect, nothing observed
			continue
		}
		kind := strings.SplitN(r.Key, ":", 2)[0]
		op := porcupine.Operation{
			ClientId: r.Client,
			Input:    input{Op: r.Op, Kind: kind, Value: r.Value, Expect: r.Expect},
			Call:     r.Call,
			Output:   output{Unknown: r.Outcome == "unknown", Status: r.Status, Value: r.Out, Prev: r.Prev},
			Return:   r.Return,
		}
		if r.Outcome == "unknown" {
			op.Return = math.MaxInt64 // it may take effect at any time after it was sent
		}
		byKey[r.Key] = append(byKey[r.Key], op)
	}
	for _, ops := range byKey {
		boundUnknown(ops)
	}
	return byKey, skipped, sc.Err()
}

// boundUnknown gives an operation of unknown outcome that wrote a value a return time:
// the earliest moment its value was seen (a read returning it as the value or as the
// previous spec's, or a write invoked expecting it: its client read it before). Values are
// unique to one write, so that write took effect before it was seen; with the return time
// at infinity Porcupine would also try every later point, which costs time exponential
// in the number of such operations and changes no verdict.
func boundUnknown(ops []porcupine.Operation) {
	seen := map[string]int64{}
	note := func(v string, t int64) {
		if v == "" {
			return
		}
		if old, ok := seen[v]; !ok || t < old {
			seen[v] = t
		}
	}
	for _, op := range ops {
		in, out := op.Input.(input), op.Output.(output)
		if in.Op == "read" && !out.Unknown && out.Status == "ok" {
			note(out.Value, op.Return)
			note(out.Prev, op.Return)
		}
		if in.Op == "update" || in.Op == "rollback" {
			note(in.Expect, op.Call)
		}
	}
	for i, op := range ops {
		in, out := op.Input.(input), op.Output.(output)
		if !out.Unknown || (in.Op != "create" && in.Op != "update") {
			continue
		}
		if t, ok := seen[in.Value]; ok && t >= op.Call {
			ops[i].Return = t
		}
	}
}

func (r record) validate() error {
	kind := strings.SplitN(r.Key, ":", 2)[0]
	if kind != "service" && kind != "secret" && kind != "node" || !strings.Contains(r.Key, ":") {
		return fmt.Errorf("key %q: expected service:NAME, secret:NAME or node:ID", r.Key)
	}
	switch r.Op {
	case "create", "update", "rollback", "remove", "read":
	default:
		return fmt.Errorf("op %q: expected create, update, rollback, remove or read", r.Op)
	}
	switch r.Outcome {
	case "ok":
		switch r.Status {
		case "ok", "exists", "notfound", "conflict", "noprev":
		default:
			return fmt.Errorf("status %q: expected ok, exists, notfound, conflict or noprev", r.Status)
		}
	case "fail", "unknown":
	default:
		return fmt.Errorf("outcome %q: expected ok, fail or unknown", r.Outcome)
	}
	if r.Return < r.Call {
		return fmt.Errorf("return %d before call %d", r.Return, r.Call)
	}
	return nil
}
