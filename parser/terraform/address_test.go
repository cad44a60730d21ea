package terraform

import "testing"

func TestAddresses(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{name: "root resource", got: resourceAddr("", modeManaged, "aws_s3_bucket", "logs", ""), want: "aws_s3_bucket.logs"},
		{name: "data source", got: resourceAddr("", modeData, "aws_iam_policy_document", "x", ""), want: "data.aws_iam_policy_document.x"},
		{name: "counted in module", got: resourceAddr("module.net", modeManaged, "aws_security_group", "web", countKey(0)),
			want: "module.net.aws_security_group.web[0]"},
		{name: "nested for_each", got: resourceAddr(moduleAddr(moduleAddr("", "a", eachKey("k")), "b", ""), modeManaged, "aws_s3_bucket", "x", eachKey("k")),
			want: `module.a["k"].module.b.aws_s3_bucket.x["k"]`},
		{name: "unknown count", got: resourceAddr(moduleAddr("", "m", unknownKey), modeManaged, "aws_instance", "i", unknownKey),
			want: "module.m[*].aws_instance.i[*]"},
		{name: "key with quotes and newline", got: eachKey("a\"b\\c\nd"), want: `["a\"b\\c\nd"]`},
		{name: "key with interpolation", got: eachKey("${x}%{y}"), want: `["$${x}%%{y}"]`},
		{name: "key with control character", got: eachKey("a\x01"), want: `["a\u0001"]`},
		{name: "provider from type", got: providerOf("aws_s3_bucket", ""), want: "aws"},
		{name: "provider meta-argument", got: providerOf("aws_s3_bucket", "awscc"), want: "awscc"},
		{name: "provider alias", got: providerOf("google_compute_instance", "google-beta.eu"), want: "google-beta"},
		{name: "type without underscore", got: providerOf("thing", ""), want: "thing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q; want %q", tt.got, tt.want)
			}
		})
	}
}

func TestRelPath(t *testing.T) {
	tests := []struct{ from, to, want string }{
		{from: ".", to: ".", want: "."},
		{from: ".", to: "modules/vpc", want: "modules/vpc"},
		{from: "envs/prod", to: "modules/vpc", want: "../../modules/vpc"},
		{from: "envs/prod", to: "envs/prod/sub", want: "sub"},
		{from: "a/b", to: "a", want: ".."},
	}
	for _, tt := range tests {
		if got := relPath(tt.from, tt.to); got != tt.want {
			t.Errorf("relPath(%q, %q) = %q; want %q", tt.from, tt.to, got, tt.want)
		}
	}
}
