keywork-seal/1
{"session":"20261127-031500-f1d3e5","journal_sha256":"dbb34b05ec5111cd3562100b30ac1624c87f04f69cf62cf7b8ecc5238723c279","journal_size":4047,"last_seq":17,"chain_head":"d423bce6962d2a444bffa20ae8b5c6842065308041d1291330d596750b074b57","signer":{"name":"Sam Keyworker","role":"keyworker"},"meaning":"I confirm this record is complete and accurate","time":"2026-11-27T03:16:00.250Z","links":[],"key":"dVxMuSVsp83ErP3Gz+7ahJAX5bn5UU6ZGRvWfgsNQnY="}
X7GAuAaog/4Zq2lzeHbpv1o2saZoN+SunUUmJjTyedXaXxad4Ul3wrJfAX8PqxIc0ZhH/+1LHCX9dIhjwAh9AQ==
