package xmltext

import (
	"encoding/xml"
	"testing"
)

// TestEntityAsEncodingXML decodes each reference as encoding/xml does.
func TestEntityAsEncodingXML(t *testing.T) {
	for _, name := range []string{"lt", "gt", "amp", "apos", "quot", "#65", "#x41", "#X41", "#x4e2d", "#20013", "#0", "#x1", "#9",
		"#xFFFE", "#x10FFFF", "#x110000", "#", "#x", "nbsp", "#-1", "#+5", "#99999999999", ""} {
		// (A surrogate, &#xD800;, is let through by encoding/xml as U+FFFD; both
		// readers refuse it, and Excel and Word never write one.)
		r, ok := Entity([]byte(name))
		var v struct {
			S string `xml:",chardata"`
		}
		err := xml.Unmarshal([]byte("<a>&"+name+";</a>"), &v)
		if (err == nil) != ok {
			t.Errorf("&%s;: ours ok=%v, encoding/xml error %v", name, ok, err)
			continue
		}
		if ok && v.S != string(r) {
			t.Errorf("&%s; = %q, encoding/xml %q", name, string(r), v.S)
		}
	}
}

func TestInCharacterRange(t *testing.T) {
	for _, c := range []struct {
		r  rune
		ok bool
	}{{'\t', true}, {'\n', true}, {'\r', true}, {0x1F, false}, {' ', true}, {'中', true}, {0xD800, false}, {0xFFFE, false}, {0x10000, true}, {0x110000, false}} {
		if InCharacterRange(c.r) != c.ok {
			t.Errorf("%U: %v", c.r, !c.ok)
		}
	}
}
