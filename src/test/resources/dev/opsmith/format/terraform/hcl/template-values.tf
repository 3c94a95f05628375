# Templates whose values need no variables, so terraform console can evaluate them and
# TerraformConsoleTemplateTest can compare its rendering of our tree with Terraform's result.
locals {
  plain_heredoc = <<EOT
  keeps
    indentation
  EOT

  indented = <<-EOT
    a

      b
  
     ${"x"}c
    EOT

  tabs_and_spaces = <<-EOT
	  a
  	b
  EOT

  interpolation_at_line_start = <<-EOT
    a
  ${"q"}  b
    EOT

  blank_lines_kept = <<-EOT
      a
    ${"q"}
      
    EOT

  directives_in_heredoc = <<-EOT
    %{ for p in ["a", "b"] ~}
    yum install ${p}
    %{ endfor ~}
    done
  EOT

  strip_reaches_only_its_line = <<EOT
a %{ if true ~}
   b
%{ endif }
EOT

  strip_before_stays_on_line = <<EOT
a
  %{~ if true }b%{ endif }
EOT

  quoted_strip = "${"a"} %{ if true ~}  yes   %{~ endif } ${~ "b" }"
  quoted_else  = "%{ if false }no%{ else }  yes  %{ endif }|%{ for i, v in ["x", "y"] }${i}=${v};%{ endfor }"
  not_stripped = "${"hello" ~}${" world"}"
  escapes      = "t\tq\"b\\ \u00e9 \U0001F600 $${x} %%{y} $ % 100%"
  heredoc_escapes = <<-EOT
    literal $${not_interpolated} and %%{not_a_directive}
    backslash \n stays
    EOT

  user_data = <<-EOT
    #!/bin/bash
    %{ for pkg in ["nginx", "jq"] ~}
    yum install -y ${pkg}
    %{ endfor ~}
    %{~ if true }
    systemctl enable --now amazon-ssm-agent
    %{ else }
    echo "ssm disabled"
    %{ endif }
    echo done
  EOT
}
