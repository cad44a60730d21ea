#!/bin/sh
echo "listening on ${port}"
%{ for n in names ~}
echo "zone ${n}"
%{ endfor ~}
