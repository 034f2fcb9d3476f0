package template

import "testing"

func TestFormNames(t *testing.T) {
	names := FormNames()
	if len(names) != len(FormKeys)+2 {
		t.Fatalf("FormNames has %d entries", len(names))
	}
	for _, k := range FormKeys {
		if names[k] == "" || names[k] != StandardName(k) || FormName(k) != names[k] {
			t.Errorf("form %s: %q, standard %q", k, names[k], StandardName(k))
		}
	}
	if FormName("09") != "财政拨款“三公”经费支出决算表" || FormName(FormKPIDept) != "部门整体绩效自评表" ||
		FormName(FormKPIProject) != "项目支出绩效自评表" || FormName("kpi") != "" || FormName("") != "" {
		t.Error("FormName spells a name wrong")
	}
}
