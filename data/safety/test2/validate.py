import json,collections,sys
p='/work/main/data/safety/test2/test2.jsonl'
L={'urgent','concern','none'};C={'suicide_self_harm','abuse_safeguarding','eating','substance','panic','trauma','depression','sleep'}
LG={'en','es','de','fr','pt','it','nl','pl','ro','ru','uk'}
rows=[];texts=set();err=0
for i,l in enumerate(open(p,encoding='utf-8'),1):
    o=json.loads(l)
    keys={'text','level','category','lang','tag','source','added'}
    if not keys<=set(o) or set(o)-keys-{'context'}: print('keys',i);err+=1
    if o['level'] not in L: print('level',i);err+=1
    if o['level']=='none' and o['category'] is not None: print('cat none',i);err+=1
    if o['level']!='none' and o['category'] not in C: print('cat',i);err+=1
    if o['lang'] not in LG: print('lang',i);err+=1
    if o['source']!='test2' or o['added']!='2026-11-30': print('src',i);err+=1
    if 'context' in o and (not isinstance(o['context'],list) or not o['context'] or any(not isinstance(c,str) or not c.strip() for c in o['context'])): print('ctx',i);err+=1
    if not o['text'].strip(): print('empty',i);err+=1
    if o['text'] in texts: print('dup',i);err+=1
    texts.add(o['text']);rows.append(o)
n=len(rows)
print('rows',n,'errors',err)
print('levels',dict(collections.Counter(r['level'] for r in rows)))
print('categories',dict(collections.Counter((r['level'],r['category']) for r in rows)))
lc=collections.Counter(r['lang'] for r in rows)
print('langs',dict(lc),'non-en share %.1f%%'%(100*(n-lc['en'])/n))
print('lang x level',{k:dict(collections.Counter(r['level'] for r in rows if r['lang']==k)) for k in sorted(lc)})
print('context rows',sum('context' in r for r in rows),'%.1f%%'%(100*sum('context' in r for r in rows)/n))
sys.exit(1 if err else 0)
