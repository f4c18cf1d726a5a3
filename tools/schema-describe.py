#!/usr/bin/env python3
"""Adds Swedish descriptions to a schema.json at JSON pointers and writes it back in the repository's compact style.
Usage: schema-describe.py templates/x/schema.json descriptions.json  ({"/properties/a": "Text", ...})"""
import json, sys

def dump(v, indent=0):
    one = json.dumps(v, ensure_ascii=False)
    if len(one) + indent <= 118 or not isinstance(v, (dict, list)) or not v:
        return one
    pad = ' ' * (indent + 2)
    if isinstance(v, dict):
        items = [pad + json.dumps(k, ensure_ascii=False) + ': ' + dump(x, indent + 2) for k, x in v.items()]
        return '{\n' + ',\n'.join(items) + '\n' + ' ' * indent + '}'
    items = [pad + dump(x, indent + 2) for x in v]
    return '[\n' + ',\n'.join(items) + '\n' + ' ' * indent + ']'

def resolve(doc, pointer):
    node = doc
    for part in pointer.strip('/').split('/'):
        part = part.replace('~1', '/').replace('~0', '~')
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node

path, texts = sys.argv[1], json.load(open(sys.argv[2]))
doc = json.load(open(path))
for pointer, text in texts.items():
    node = resolve(doc, pointer)
    if '$ref' in node and len(node) == 1:
        node['description'] = text
    else:
        node['description'] = text
with open(path, 'w') as f:
    f.write(dump(doc) + '\n')
