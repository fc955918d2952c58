keywork-seal/1
{"session":"20261127-024630-a1b2c3","journal_sha256":"d4bef1a46bacd773b4ecee9aef0df57f0f1440bbfd8e34c0daf6927bf633a26d","journal_size":1345,"last_seq":4,"chain_head":"7ae8d1e1549f1d155620d62fd31e5d2cf1fe0981fa240127c1b854898d74a551","signer":{"name":"Sam Keyworker","role":"keyworker"},"meaning":"I confirm this record is complete and accurate","time":"2026-11-27T02:47:30.125Z","links":[],"key":"dVxMuSVsp83ErP3Gz+7ahJAX5bn5UU6ZGRvWfgsNQnY="}
a7LyLPWign32mmQnE+6lLWgXGz19HNX1gKWpO0ADFsZoi+Fuww8/Ol1MNv7ORUtSIMAlTVnCe0epBoyxTtjlAQ==
