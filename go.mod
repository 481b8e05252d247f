module github.com/coopframe/cooperation

go 1.26

require golang.org/x/text v0.41.0

require github.com/google/go-cmp v0.7.0

require github.com/yuin/goldmark v1.8.7
