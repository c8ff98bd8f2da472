#!/bin/sh
# usage: show.sh repo path commit
d=/work/.mirror/$(echo $1 | tr / +)/repo
git --git-dir=$d show "$3:$2"
